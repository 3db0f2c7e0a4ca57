import type { IDataObject, IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { failedSendState, messageError, type SendState } from '../sending/messages';
import { asRecord, responseData } from '../../transport/envelope';
import { clickSendRequest } from '../../transport/request';

/** A send ClickSend answered without listing the SMS: it may have been sent (as the batched sends judge it). */
const unlisted = new WeakSet<object>();

/** What a failed sendOneSms means for the SMS: `uncertain`, `refused` or `notSent`. */
export function failedSmsState(caught: unknown): SendState {
	if (typeof caught === 'object' && caught !== null && unlisted.has(caught)) return 'uncertain';
	return failedSendState(caught, true);
}

/**
 * Sends one SMS (`POST /sms/send`, one message) and returns ClickSend's result for it: the
 * question of a Send and Wait, and the question asked again. A message ClickSend did not accept
 * (its `status` is not SUCCESS) is thrown as the batched sends report it.
 */
export async function sendOneSms(
	this: IExecuteFunctions | IWebhookFunctions,
	message: IDataObject,
): Promise<IDataObject> {
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/sms/send',
		body: { messages: [message] },
		itemIndex: 0,
	});
	const messages = responseData(envelope).messages;
	const result = asRecord(Array.isArray(messages) ? messages[0] : undefined);
	if (!Object.keys(result).length) {
		const error = new NodeOperationError(
			this.getNode(),
			'ClickSend returned no result for this SMS',
			{
				description: 'ClickSend answered but listed no message (it may have been blocked).',
				itemIndex: 0,
			},
		);
		unlisted.add(error);
		throw error;
	}
	if (result.status !== undefined && result.status !== 'SUCCESS')
		throw messageError(this as IExecuteFunctions, result, 0);
	return result;
}
