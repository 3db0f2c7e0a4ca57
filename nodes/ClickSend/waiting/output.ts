import type { IDataObject } from 'n8n-workflow';

import { deliveryStatus, firstString, toIsoDate } from '../../ClickSendEvents/output';
import type { SendState } from '../sending/messages';
import type { Decision } from './approval';

/**
 * The output of Send and Wait for Response, one item on the node's one output (docs/sms.md):
 * `timedOut` tells the answer from the end of the wait. ClickSend's own fields of the answer are
 * kept as they came, under `inbound` (a reply) or `receipt` (a delivery receipt). Nothing waits
 * unless ClickSend accepted the SMS, so every item here says `sendState: 'accepted'` (as the
 * sending runners' items do; the failures are the operation's).
 */

const sendState: SendState = 'accepted';

export type ResponseType = 'approval' | 'freeText' | 'delivery';

/** What the waiting item shows while the execution waits (n8n replaces it when it resumes). */
export function waitingOutput(to: string, sent: IDataObject, until: Date): IDataObject {
	return {
		waiting: true,
		to,
		sentMessageId: sent.message_id ?? null,
		waitingUntil: until.toISOString(),
		sendState,
	};
}

export function timedOutOutput(
	responseType: ResponseType,
	to: string,
	sent: IDataObject,
	until: Date,
): IDataObject {
	const answer: IDataObject =
		responseType === 'approval'
			? { decision: 'timedOut', approved: false }
			: responseType === 'delivery'
				? { deliveryStatus: null, delivered: false }
				: { reply: null };
	return {
		timedOut: true,
		...answer,
		to,
		sentMessageId: sent.message_id ?? null,
		waitedUntil: until.toISOString(),
		sent,
		sendState,
	};
}

function receivedAt(event: IDataObject): string {
	return toIsoDate(event.timestamp ?? event.timestamp_send) ?? new Date().toISOString();
}

export function replyBody(event: IDataObject): string {
	return firstString(event, ['body', 'message', 'sms']) ?? '';
}

export function replyOutput(
	event: IDataObject,
	to: string,
	approval?: { decision: Decision; askedAgain: number },
): IDataObject {
	const answer: IDataObject = approval
		? {
				decision: approval.decision,
				approved: approval.decision === 'approved',
				reply: replyBody(event),
				askedAgain: approval.askedAgain,
			}
		: { reply: replyBody(event) };
	return {
		timedOut: false,
		...answer,
		from: firstString(event, ['from', 'originalsenderid']) ?? null,
		to,
		receivedAt: receivedAt(event),
		sentMessageId: firstString(event, ['original_message_id', 'originalmessageid']) ?? null,
		inbound: event,
		sendState,
	};
}

export function receiptOutput(event: IDataObject, to: string): IDataObject {
	const status = deliveryStatus(event) ?? null;
	return {
		timedOut: false,
		deliveryStatus: status,
		delivered: status === 'delivered',
		to,
		receivedAt: receivedAt(event),
		sentMessageId: firstString(event, ['message_id', 'messageid']) ?? null,
		receipt: event,
		sendState,
	};
}

/** Receipts that are not the final word on a message: the wait goes on. */
export function isFinalReceipt(event: IDataObject): boolean {
	const status = deliveryStatus(event);
	return status !== undefined && status !== 'queued' && status !== 'retrying';
}
