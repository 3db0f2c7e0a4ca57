import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { decide } from './approval';
import { MAX_ASK_AGAIN, readWaitConfig } from './config';
import { firstString } from '../../ClickSendEvents/output';
import { customStringOf, readWaitMark, samePhoneNumber, waitCustomString } from './correlation';
import { isFinalReceipt, receiptOutput, replyBody, replyOutput } from './output';
import { hasValidSignature, SIGNATURE_PARAM } from './resume';
import { deleteWaitRule, type WaitKind } from './rules';
import { sendOneSms } from './send';

/**
 * webhook() of the ClickSend node: a ClickSend event reaches a waiting execution through its
 * rule's resume URL. In this order: n8n's signature (401), the event (none: acknowledged), the
 * correlation (this wait's token in custom_string, a reply from the recipient; anything else is
 * acknowledged and ignored), then the answer. The execution resumes only after this wait's
 * ClickSend rule was deleted by this delivery: of several deliveries at once only the one whose
 * DELETE succeeds resumes it, and no rule is left behind. Every event that does not resume is
 * answered 200, so ClickSend does not deliver it again; only a failed ClickSend request is
 * answered 503, so that ClickSend tries again later.
 */

const OUR_PARAMS = new Set(['wait', 'to', 'from', 'rule', SIGNATURE_PARAM]);
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Events already handled without resuming (asked again), in this process: a redelivery is ignored. */
const handled = new Set<string>();
const HANDLED_MAX = 1000;

function remember(key: string): void {
	handled.add(key);
	if (handled.size > HANDLED_MAX) handled.delete(handled.values().next().value as string);
}

/** ClickSend's fields: the query (GET rules), then the body (JSON or form fields, parsed by n8n). */
function readEvent(query: IDataObject, body: unknown): IDataObject {
	const event: IDataObject = {};
	const copy = (source: unknown, skip: Set<string>) => {
		if (!source || typeof source !== 'object' || Array.isArray(source)) return;
		for (const [key, value] of Object.entries(source as IDataObject))
			if (!skip.has(key) && !UNSAFE_KEYS.has(key)) event[key] = value;
	};
	copy(query, OUR_PARAMS);
	copy(body, new Set());
	return event;
}

function answer(note: string): IWebhookResponseData {
	return { webhookResponse: { received: true, note } };
}

function refuse(context: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	context.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

/** Deletes the wait's rule, then resumes with `output`; see the module comment. */
async function resume(
	context: IWebhookFunctions,
	kind: WaitKind,
	ruleId: string,
	output: IDataObject,
): Promise<IWebhookResponseData> {
	let claim: 'deleted' | 'gone';
	try {
		claim = await deleteWaitRule.call(context, kind, ruleId);
	} catch (error) {
		return refuse(
			context,
			503,
			`Could not remove this wait's ClickSend rule (${(error as Error).message}); deliver again later`,
		);
	}
	if (claim === 'gone') return answer('this wait was already answered');
	return {
		workflowData: [[{ json: output, pairedItem: { item: 0 } }]],
		webhookResponse: { received: true, note: 'resumed' },
	};
}

export async function handleWaitingDelivery(
	this: IWebhookFunctions,
): Promise<IWebhookResponseData> {
	const query = (this.getQueryData() ?? {}) as IDataObject;
	if (!hasValidSignature(this, query))
		return refuse(this, 401, 'Unauthorized: this resume URL is not signed by this n8n');
	const event = readEvent(query, this.getBodyData());
	// A reachability check, or the address the rule had before it was complete: nothing to do.
	if (!Object.keys(event).length || typeof query.rule !== 'string')
		return answer('no event for this wait');

	const config = readWaitConfig(this);
	const mark = readWaitMark(customStringOf(event));
	if (!mark || mark.token !== query.wait) return answer('not an answer to this wait');
	const to = String(query.to);
	const ruleId = query.rule;

	if (config.kind === 'delivery') {
		if (!isFinalReceipt(event)) return answer('not a final delivery receipt');
		return await resume(this, 'delivery', ruleId, receiptOutput(event, to));
	}
	if (!samePhoneNumber(firstString(event, ['from', 'originalsenderid']), to))
		return answer('not from the recipient');
	if (config.responseType === 'freeText')
		return await resume(this, 'reply', ruleId, replyOutput(event, to));

	const decision = decide(replyBody(event), config.keywords!);
	if (decision === 'other' && config.otherReply === 'askAgain' && mark.askedAgain < MAX_ASK_AGAIN) {
		const key = `${mark.token}:${firstString(event, ['message_id', 'messageid']) ?? replyBody(event)}`;
		if (handled.has(key)) return answer('already asked again');
		const message: IDataObject = {
			to,
			body: config.askAgainText,
			custom_string: waitCustomString(mark.token, mark.askedAgain + 1),
			source: 'n8n',
		};
		if (typeof query.from === 'string' && query.from) message.from = query.from;
		try {
			await sendOneSms.call(this, message);
		} catch (error) {
			return refuse(
				this,
				503,
				`Could not ask again (${(error as Error).message}); deliver again later`,
			);
		}
		remember(key);
		return answer('asked again');
	}
	return await resume(
		this,
		'reply',
		ruleId,
		replyOutput(event, to, { decision, askedAgain: mark.askedAgain }),
	);
}
