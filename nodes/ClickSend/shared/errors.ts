import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** What ClickSend's `response_code` values mean, in words a workflow builder can act on. */
const RESPONSE_CODE_DESCRIPTIONS: Record<string, string> = {
	INVALID_CREDENTIALS:
		'ClickSend rejected the API username or API key. Check the ClickSend API credential used by this node (Developers → API Credentials in the ClickSend dashboard).',
	UNAUTHORIZED:
		'ClickSend rejected the API username or API key. Check the ClickSend API credential used by this node (Developers → API Credentials in the ClickSend dashboard).',
	MISSING_CREDENTIALS:
		'No API username or API key reached ClickSend. Fill in both fields of the ClickSend API credential.',
	ACCOUNT_NOT_ACTIVATED:
		'This ClickSend account is not activated yet. Verify it in the ClickSend dashboard.',
	INSUFFICIENT_CREDIT:
		'Your ClickSend account has no credit left. Top up in the ClickSend dashboard (Billing) and run the workflow again.',
	INVALID_RECIPIENT:
		'The destination is not a valid number or address. Use the international format, e.g. +61411111111.',
	THROTTLED:
		'ClickSend sent an identical message to the same recipient moments ago and refused this one. Wait a few seconds or change the message.',
	INVALID_SENDER_ID:
		'The sender ID is not allowed: alphanumeric sender IDs may have at most 11 characters and no spaces.',
	COUNTRY_NOT_ENABLED:
		'Sending to this country is not enabled on your ClickSend account. Enable it in the ClickSend dashboard.',
	ALREADY_EXISTS: 'ClickSend already has this resource.',
	EMPTY_MESSAGE: 'The message is empty. Fill in the message field.',
	TOO_MANY_RECIPIENTS: 'Too many recipients in one request.',
	MISSING_REQUIRED_FIELDS: 'ClickSend says a required field is missing.',
	INVALID_SCHEDULE: 'The schedule is not a valid date in the future.',
	NOT_ENOUGH_PERMISSION_TO_LIST_ID:
		'This account cannot access or send to that contact list. Check the list ID and the sub-account permissions.',
	INTERNAL_ERROR: 'ClickSend had an internal error. Try again later.',
	INVALID_LANG: 'The language is not one ClickSend supports for voice messages.',
	INVALID_VOICE: 'The voice (gender) is not one ClickSend supports.',
	SUBJECT_REQUIRED: 'MMS messages need a subject.',
	INVALID_MEDIA_FILE: 'ClickSend could not use the media file.',
	SOMETHING_IS_WRONG: 'ClickSend reported a generic error.',
	REGISTRATION_NEEDED:
		'This destination country requires a registered sender ID. Register one under Global Sending in the ClickSend dashboard.',
	NOT_FOUND: 'ClickSend could not find this resource. Check the ID.',
	FORBIDDEN: 'ClickSend refused access to this resource for this account.',
	TOO_MANY_REQUESTS:
		'ClickSend is rate limiting this account. Send fewer requests at once (for example with a Wait node) and try again.',
	BAD_REQUEST: 'ClickSend could not accept the request.',
};

const HTTP_STATUS_CODES: Record<number, string> = {
	400: 'BAD_REQUEST',
	401: 'UNAUTHORIZED',
	403: 'FORBIDDEN',
	404: 'NOT_FOUND',
	429: 'TOO_MANY_REQUESTS',
	500: 'INTERNAL_ERROR',
};

/** The body every ClickSend v3 endpoint answers with. */
export interface ClickSendEnvelope<T = unknown> {
	http_code?: number;
	response_code?: string;
	response_msg?: string;
	data?: T;
}

export function describeResponseCode(responseCode: string | undefined): string | undefined {
	return responseCode ? RESPONSE_CODE_DESCRIPTIONS[responseCode] : undefined;
}

function asEnvelope(body: unknown): ClickSendEnvelope {
	if (typeof body === 'string') {
		try {
			return asEnvelope(JSON.parse(body));
		} catch {
			return { response_msg: body.slice(0, 300) };
		}
	}
	if (body && typeof body === 'object' && !Buffer.isBuffer(body)) return body as ClickSendEnvelope;
	return {};
}

/**
 * Turns a failed ClickSend answer into a NodeApiError whose message carries ClickSend's
 * `response_code` and `response_msg`, and whose description says what to do about it.
 */
export function clickSendApiError(
	node: INode,
	statusCode: number,
	body: unknown,
	itemIndex?: number,
): NodeApiError {
	const envelope = asEnvelope(body);
	const responseCode = envelope.response_code ?? HTTP_STATUS_CODES[statusCode] ?? 'ERROR';
	const responseMsg = envelope.response_msg ?? `HTTP ${statusCode}`;
	let description = describeResponseCode(responseCode) ?? responseMsg;
	if (statusCode === 401) {
		description = `${describeResponseCode('INVALID_CREDENTIALS')} ClickSend said: ${responseMsg}`;
	}
	const errorBody: JsonObject = {
		http_code: statusCode,
		response_code: responseCode,
		response_msg: responseMsg,
		data: (envelope.data ?? null) as JsonObject,
	};
	return new NodeApiError(node, errorBody, {
		message: `ClickSend: ${responseCode} - ${responseMsg}`,
		description,
		httpCode: String(statusCode),
		itemIndex,
	});
}
