import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { MAX_RETRY_AFTER_SECONDS, nothingReachedClickSend, type ConnectionFailure } from './retry';

/** The body every ClickSend v3 endpoint answers with. */
export interface ClickSendEnvelope<T = unknown> {
	http_code?: number;
	response_code?: string;
	response_msg?: string;
	data?: T;
}

/**
 * What ClickSend's `response_code` values mean. `problem` is the error's one plain sentence (for
 * the generic codes ClickSend's own `response_msg` says more, so they have none); `fix` is the
 * error's description: what the user does about it.
 */
export interface CodeText {
	problem?: string;
	fix: string;
}

/** The fix of a rejected API username or key, naming the credential when the node knows it. */
function credentialFix(credentialName?: string): string {
	const which = credentialName
		? `the credential "${credentialName}"`
		: 'the ClickSend API credential used by this node';
	return `Copy the API username and API key again from Developers → API Credentials in the ClickSend dashboard into ${which}.`;
}

const CREDENTIAL_FIX = credentialFix();

const RESPONSE_CODES: Record<string, CodeText> = {
	INVALID_CREDENTIALS: {
		problem: 'ClickSend rejected the API username or API key',
		fix: CREDENTIAL_FIX,
	},
	UNAUTHORIZED: { problem: 'ClickSend rejected the API username or API key', fix: CREDENTIAL_FIX },
	MISSING_CREDENTIALS: {
		problem: 'No API username or API key reached ClickSend',
		fix: 'Fill in both fields of the ClickSend API credential.',
	},
	ACCOUNT_NOT_ACTIVATED: {
		problem: 'This ClickSend account is not activated yet',
		fix: 'Verify the account in the ClickSend dashboard.',
	},
	INSUFFICIENT_CREDIT: {
		problem: 'Your ClickSend account has no credit left',
		fix: 'Top up in the ClickSend dashboard (Billing), then run the workflow again.',
	},
	INVALID_RECIPIENT: {
		problem: 'The recipient is not a valid number or address',
		fix: 'Use the international format with the country code, e.g. +61411111111.',
	},
	THROTTLED: {
		problem: 'ClickSend refused a repeat of a message it sent to the same recipient moments ago',
		fix: 'Wait a few seconds or change the message.',
	},
	INVALID_SENDER_ID: {
		problem: 'ClickSend does not allow this sender ID',
		fix: 'Use at most 11 letters and digits without spaces, or pick one of your numbers in From.',
	},
	COUNTRY_NOT_ENABLED: {
		problem: 'Sending to this country is not enabled on your ClickSend account',
		fix: 'Enable the country in the ClickSend dashboard.',
	},
	ALREADY_EXISTS: { fix: 'Use the one ClickSend already has, or choose another name.' },
	EMPTY_MESSAGE: { problem: 'The message is empty', fix: 'Fill in the message field.' },
	TOO_MANY_RECIPIENTS: {
		problem: 'Too many recipients in one request',
		fix: 'Lower Batch Size in the Options of this node.',
	},
	MISSING_REQUIRED_FIELDS: { fix: 'Fill in the field ClickSend names.' },
	INVALID_SCHEDULE: {
		problem: 'The schedule is not a valid date in the future',
		fix: 'Pick a time in the future, or leave Schedule empty to send now.',
	},
	NOT_ENOUGH_PERMISSION_TO_LIST_ID: {
		problem: 'This account cannot use that contact list',
		fix: 'Check the list ID and the permissions of the sub-account.',
	},
	INTERNAL_ERROR: {
		problem: 'ClickSend had an internal error',
		fix: 'Try again in a few minutes.',
	},
	INVALID_LANG: {
		problem: 'ClickSend does not support this language for voice messages',
		fix: 'Pick a language from the list.',
	},
	INVALID_VOICE: {
		problem: 'ClickSend does not support this voice for the language',
		fix: 'Pick the other voice, or another language.',
	},
	SUBJECT_REQUIRED: {
		problem: 'The MMS has no subject',
		fix: 'Fill in Subject (at most 20 characters).',
	},
	INVALID_MEDIA_FILE: {
		problem: 'ClickSend could not use the media file',
		fix: 'Use a JPG or GIF image of at most 250 kB.',
	},
	SOMETHING_IS_WRONG: { fix: 'Check the fields of this node, then run it again.' },
	REGISTRATION_NEEDED: {
		problem: 'This country requires a registered sender ID',
		fix: 'Register one under Global Sending in the ClickSend dashboard.',
	},
	NOT_FOUND: { fix: 'Check the ID: pick it from the list, or map it from a previous node.' },
	FORBIDDEN: { fix: 'Check that it belongs to this ClickSend account (or sub-account).' },
	TOO_MANY_REQUESTS: {
		problem: 'ClickSend is rate limiting this account',
		fix: 'Send fewer requests at once (for example with Loop Over Items and a Wait node) and try again.',
	},
	BAD_REQUEST: { fix: 'Check the fields of this node, then run it again.' },
	HTTP_ERROR: {
		problem: 'ClickSend or a server in between answered with an error',
		fix: 'Try again in a few minutes. If it keeps happening, check the Base URL of the ClickSend API credential.',
	},
	NOT_CLICKSEND_ANSWER: {
		problem: "The answer did not come from ClickSend's API",
		fix: 'Check the Base URL of the ClickSend API credential; a proxy or an outage page may be in the way.',
	},
};

const HTTP_STATUS_CODES: Record<number, string> = {
	400: 'BAD_REQUEST',
	401: 'UNAUTHORIZED',
	403: 'FORBIDDEN',
	404: 'NOT_FOUND',
	429: 'TOO_MANY_REQUESTS',
	500: 'INTERNAL_ERROR',
};

/** What a response code means and what to do about it; undefined for codes we do not know. */
export function explainResponseCode(responseCode: string | undefined): CodeText | undefined {
	return responseCode ? RESPONSE_CODES[responseCode] : undefined;
}

/** ClickSend's own words as the end of a sentence: one line, no final period. */
function clickSendWords(text: string): string {
	return oneLine(text, 200).replace(/[.!\s]+$/, '');
}

/**
 * The one plain sentence of a ClickSend error, ending with the code for support and searches:
 * ours for codes we know ("Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)"),
 * else ClickSend's own words ("ClickSend: Scheduled letter not found (NOT_FOUND)").
 */
export function problemSentence(responseCode: string, clickSendMessage: string): string {
	const problem =
		explainResponseCode(responseCode)?.problem ?? `ClickSend: ${clickSendWords(clickSendMessage)}`;
	return `${problem} (${responseCode})`;
}

/**
 * Errors after which ClickSend may have accepted a send (a 5xx, an answer that is not ClickSend's,
 * a dropped or silent connection), as opposed to a clear refusal (4xx, an error code in ClickSend's
 * envelope, a connection never made). Batched sends report such items as "may have been accepted".
 */
const uncertainOutcomes = new WeakSet<object>();

/** Whether ClickSend answered 404: what it says of a rule, list or message that is gone. */
export function isNotFound(error: unknown): boolean {
	return error instanceof NodeApiError && String(error.httpCode) === '404';
}

export function mayHaveBeenAccepted(error: unknown): boolean {
	return typeof error === 'object' && error !== null && uncertainOutcomes.has(error);
}

/** Errors of requests that never reached ClickSend (a connection never made): nothing was sent. */
const neverReached = new WeakSet<object>();

export function neverReachedClickSend(error: unknown): boolean {
	return typeof error === 'object' && error !== null && neverReached.has(error);
}

/** An HTTP answer as the transport sees it. */
export interface Answer {
	statusCode: number;
	body: unknown;
}

/** What an answer's body is: ClickSend's envelope, or something else summarised for people. */
export type ReadBody =
	| { kind: 'envelope'; envelope: ClickSendEnvelope }
	| { kind: 'json'; value: unknown }
	| { kind: 'other'; summary: string };

function oneLine(text: string, max = 120): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Reads a body that n8n's HTTP helper may hand over parsed, as a string or as a Buffer. */
export function readBody(body: unknown): ReadBody {
	if (Buffer.isBuffer(body)) return readBody(body.toString('utf8'));
	if (body === undefined || body === null) return { kind: 'other', summary: 'an empty body' };
	if (typeof body === 'string') {
		const text = body.trim();
		if (!text) return { kind: 'other', summary: 'an empty body' };
		if (/^(<!doctype html|<html|<head|<body)/i.test(text) || /<\/html>\s*$/i.test(text)) {
			const title =
				/<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] ??
				/<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(text)?.[1];
			return {
				kind: 'other',
				summary: title
					? `an HTML page titled "${oneLine(title.replace(/<[^>]+>/g, ''), 80)}"`
					: 'an HTML page',
			};
		}
		try {
			return readBody(JSON.parse(text) as unknown);
		} catch {
			return { kind: 'other', summary: `a body that is not JSON: "${oneLine(text, 60)}"` };
		}
	}
	if (
		typeof body === 'object' &&
		!Array.isArray(body) &&
		typeof (body as ClickSendEnvelope).response_code === 'string'
	) {
		return { kind: 'envelope', envelope: body as ClickSendEnvelope };
	}
	return { kind: 'json', value: body };
}

export interface ErrorContext {
	itemIndex?: number;
	/** e.g. `GET /sms/history`: kept in the error's context for whoever investigates. */
	request: string;
	/** The credential's name as the user gave it, for 401s. */
	credentialName?: string;
}

/**
 * An error as people read it: `message` is one plain sentence (n8n's title, the picker's error,
 * the `error` field under Continue On Fail), `description` the fix. ClickSend's answer stays in
 * the error's response (`http_code`, `response_code`, `response_msg`) and the request in its
 * context.
 */
function apiError(
	node: INode,
	body: JsonObject,
	message: string,
	description: string | undefined,
	httpCode: number | undefined,
	context: ErrorContext,
): NodeApiError {
	const error = new NodeApiError(node, body, {
		message,
		description,
		httpCode: httpCode === undefined ? undefined : String(httpCode),
		itemIndex: context.itemIndex,
	});
	// NodeApiError may rewrite the message from the HTTP code, or find a description in the body.
	error.message = message;
	error.description = description;
	error.context.request = context.request;
	return error;
}

/**
 * A ClickSend answer that is not a success — an HTTP error, or a 200 whose body is not
 * ClickSend's envelope or whose `response_code` is not SUCCESS — as a NodeApiError: one plain
 * sentence ending with the response code, and the fix as its description. HTML error pages are
 * summarised (status and title), never dumped.
 */
export function clickSendApiError(
	node: INode,
	answer: Answer,
	context: ErrorContext,
): NodeApiError {
	const read = readBody(answer.body);
	const { statusCode } = answer;
	if (read.kind !== 'envelope') {
		const summary = read.kind === 'json' ? "JSON without ClickSend's response code" : read.summary;
		const responseCode =
			statusCode >= 400 ? (HTTP_STATUS_CODES[statusCode] ?? 'HTTP_ERROR') : 'NOT_CLICKSEND_ANSWER';
		const known = explainResponseCode(responseCode) ?? RESPONSE_CODES.HTTP_ERROR;
		const problem = known.problem ?? RESPONSE_CODES.HTTP_ERROR.problem!;
		const fix =
			statusCode === 401
				? credentialFix(context.credentialName)
				: statusCode >= 500 || statusCode === 429
					? 'Try again in a few minutes.'
					: known.fix;
		const error = apiError(
			node,
			{
				http_code: statusCode,
				response_code: responseCode,
				response_msg: `HTTP ${statusCode} with ${summary}`,
			},
			`${problem}: HTTP ${statusCode} with ${summary} (${responseCode})`,
			fix,
			statusCode,
			context,
		);
		if (statusCode < 400 || statusCode >= 500) uncertainOutcomes.add(error);
		return error;
	}
	const { envelope } = read;
	const responseCode =
		envelope.response_code && envelope.response_code !== 'SUCCESS'
			? envelope.response_code
			: (HTTP_STATUS_CODES[statusCode] ?? 'HTTP_ERROR');
	const responseMsg = envelope.response_msg ?? `HTTP ${statusCode}`;
	const rejectedKey =
		statusCode === 401 || responseCode === 'INVALID_CREDENTIALS' || responseCode === 'UNAUTHORIZED';
	const error = apiError(
		node,
		{
			http_code: statusCode,
			response_code: responseCode,
			response_msg: responseMsg,
			data: (envelope.data ?? null) as JsonObject,
		},
		rejectedKey
			? `${RESPONSE_CODES.INVALID_CREDENTIALS.problem!} (${responseCode})`
			: problemSentence(responseCode, responseMsg),
		rejectedKey ? credentialFix(context.credentialName) : explainResponseCode(responseCode)?.fix,
		statusCode,
		context,
	);
	if (statusCode >= 500) uncertainOutcomes.add(error);
	return error;
}

/** ClickSend asked us to wait longer than we hold an item (Retry-After above the cap). */
export function retryAfterTooLongError(
	node: INode,
	answer: Answer,
	waitMs: number,
	context: ErrorContext,
): NodeApiError {
	const error = clickSendApiError(node, answer, context);
	const seconds = Math.ceil(waitMs / 1000);
	const code = /\(([A-Z_]+)\)$/.exec(error.message)?.[1] ?? 'TOO_MANY_REQUESTS';
	error.message = `ClickSend asked to wait ${seconds} seconds before the next request (${code})`;
	error.description = `This node waits at most ${MAX_RETRY_AFTER_SECONDS} seconds. Run the workflow again later, or slow it down (for example with a Wait node).`;
	return error;
}

/** Whether the request asked ClickSend to send or create something (affects what a failure means). */
export interface FailureKind {
	idempotent: boolean;
	timeoutMs: number;
	host: string;
}

/**
 * A request that got no HTTP answer (refused, dropped, timed out), as a NodeApiError. The
 * message says what happened; for a send the description says whether ClickSend can have
 * accepted it.
 */
export function connectionError(
	node: INode,
	failure: ConnectionFailure,
	kind: FailureKind,
	context: ErrorContext,
): NodeApiError {
	const code = failure.timedOut ? 'TIMEOUT' : (failure.code ?? 'CONNECTION_ERROR');
	const reached = !nothingReachedClickSend(failure);
	let message: string;
	let description: string;
	if (failure.timedOut) {
		const seconds = Math.round(kind.timeoutMs / 1000);
		message = `ClickSend did not answer within ${seconds} second${seconds === 1 ? '' : 's'}`;
		description =
			'Try again in a few minutes. Raise the Timeout of the ClickSend API credential only for a slow proxy.';
	} else if (!reached) {
		message = `Could not connect to ClickSend at ${kind.host} (${code})`;
		description = `${kind.idempotent ? 'Nothing reached ClickSend.' : 'Nothing reached ClickSend, so nothing was sent.'} Check the Base URL of the ClickSend API credential and the network, then run the workflow again.`;
	} else {
		message = `The connection to ClickSend at ${kind.host} was dropped before it answered (${code})`;
		description = 'Try again in a few minutes.';
	}
	if (!kind.idempotent && reached) {
		description =
			'ClickSend may have accepted the request before the connection ended, so it was not sent again automatically. Check in ClickSend before running the workflow again.';
	}
	const error = apiError(
		node,
		{ response_code: code, response_msg: message } as JsonObject,
		message,
		description,
		undefined,
		context,
	);
	if (reached) uncertainOutcomes.add(error);
	else neverReached.add(error);
	return error;
}
