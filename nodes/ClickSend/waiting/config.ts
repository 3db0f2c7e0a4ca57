import type { IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';

import { assertMessageLength, SMS_LIMITS } from '../validation/length';
import { fail, textOf } from '../validation/fail';
import { defaultAskAgainText, readApprovalKeywords, type ApprovalKeywords } from './approval';
import type { ResponseType } from './output';
import type { WaitKind } from './rules';

/**
 * The answer a Send and Wait waits for, read from the node's fields both when the wait starts
 * (execute: checked before any request) and when an answer arrives (webhook). These fields take
 * no expressions (noDataExpression): the webhook reads them without the input item.
 */

/** Asks again at most this often; the next unclear reply is then output as "other". */
export const MAX_ASK_AGAIN = 2;

export interface WaitConfig {
	responseType: ResponseType;
	kind: WaitKind;
	/** Approval only. */
	keywords?: ApprovalKeywords;
	/** Approval only: what an unclear reply does. */
	otherReply?: 'askAgain' | 'output';
	askAgainText?: string;
}

const RESPONSE_TYPES: ResponseType[] = ['approval', 'freeText', 'delivery'];

export function readWaitConfig(context: IExecuteFunctions | IWebhookFunctions): WaitConfig {
	const node = context.getNode();
	const param = (name: string, fallback: unknown): unknown =>
		'getInputData' in context
			? context.getNodeParameter(name, 0, fallback)
			: context.getNodeParameter(name, fallback);
	const responseType = param('responseType', 'approval') as ResponseType;
	if (!RESPONSE_TYPES.includes(responseType))
		fail(
			node,
			`Response Type "${String(responseType)}" is not one of the choices`,
			'Pick Approval, Free Text or Delivery Receipt.',
		);
	if (responseType !== 'approval')
		return { responseType, kind: responseType === 'delivery' ? 'delivery' : 'reply' };
	const keywords = readApprovalKeywords(
		node,
		param('approveKeywords', 'YES'),
		param('declineKeywords', 'NO'),
	);
	const otherReply = param('otherReply', 'askAgain') === 'output' ? 'output' : 'askAgain';
	const ownText = textOf(node, param('askAgainMessage', ''), 'Ask Again Message').trim();
	const askAgainText = assertMessageLength(
		node,
		ownText || defaultAskAgainText(keywords),
		'Ask Again Message',
		SMS_LIMITS,
		'SMS',
	);
	return { responseType, kind: 'reply', keywords, otherReply, askAgainText };
}
