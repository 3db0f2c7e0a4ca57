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
	HTTP_ERROR: 'ClickSend answered with an error that carries no ClickSend code.',
	NOT_CLICKSEND_ANSWER:
		"The answer did not come from ClickSend's API (it has no ClickSend response code). Check the Base URL of the ClickSend API credential; a proxy or an outage page may be in the way.",
};

const HTTP_STATUS_CODES: Record<number, string> = {
	400: 'BAD_REQUEST',
	401: 'UNAUTHORIZED',
	403: 'FORBIDDEN',
	404: 'NOT_FOUND',
	429: 'TOO_MANY_REQUESTS',
	500: 'INTERNAL_ERROR',
};

export function describeResponseCode(responseCode: string | undefined): string | undefined {
	return responseCode ? RESPONSE_CODE_DESCRIPTIONS[responseCode] : undefined;
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
			return { kind: 'other', summary: `a body that is not JSON ("${oneLine(text, 60)}")` };
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
	/** e.g. `GET /sms/history`, for the description. */
	request: string;
	/** The credential's name as the user gave it, for 401s. */
	credentialName?: string;
}

function apiError(
	node: INode,
	body: JsonObject,
	message: string,
	description: string,
	httpCode: number | undefined,
	context: ErrorContext,
): NodeApiError {
	const error = new NodeApiError(node, body, {
		message,
		description,
		httpCode: httpCode === undefined ? undefined : String(httpCode),
		itemIndex: context.itemIndex,
	});
	// NodeApiError may rewrite the message from the HTTP code: keep ours, which carries ClickSend's code.
	error.message = message;
	error.description = description;
	return error;
}

/**
 * A ClickSend answer that is not a success — an HTTP error, or a 200 whose body is not
 * ClickSend's envelope or whose `response_code` is not SUCCESS — as a NodeApiError. The message
 * carries ClickSend's response_code and response_msg; the description says what to do.
 * HTML error pages are summarised (status and title), never dumped.
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
		const message = `ClickSend: ${responseCode} - HTTP ${statusCode} with ${summary}`;
		const advice =
			statusCode >= 500 || statusCode === 429
				? 'ClickSend or a server in between had a problem. Try again in a few minutes.'
				: (describeResponseCode(responseCode) ?? '');
		const error = apiError(
			node,
			{
				http_code: statusCode,
				response_code: responseCode,
				response_msg: `HTTP ${statusCode} with ${summary}`,
			},
			message,
			`${context.request} was answered with HTTP ${statusCode} and ${summary}. ${advice}`.trim(),
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
	let description = describeResponseCode(responseCode) ?? `ClickSend said: ${responseMsg}`;
	if (
		statusCode === 401 ||
		responseCode === 'INVALID_CREDENTIALS' ||
		responseCode === 'UNAUTHORIZED'
	) {
		const which = context.credentialName ? `"${context.credentialName}"` : 'used by this node';
		description = `ClickSend rejected the API username or API key of the ClickSend API credential ${which}. Copy both again from Developers → API Credentials in the ClickSend dashboard. ClickSend said: ${responseMsg}`;
	}
	const error = apiError(
		node,
		{
			http_code: statusCode,
			response_code: responseCode,
			response_msg: responseMsg,
			data: (envelope.data ?? null) as JsonObject,
		},
		`ClickSend: ${responseCode} - ${responseMsg}`,
		description,
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
	error.message = `${error.message} (ClickSend asked to wait ${seconds} s before trying again)`;
	error.description = `ClickSend asked to wait ${seconds} seconds before the next request; this node waits at most ${MAX_RETRY_AFTER_SECONDS} s. Run the workflow again later, or slow it down (e.g. with a Wait node).`;
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
 * message says what happened; for a send it says whether ClickSend can have accepted it.
 */
export function connectionError(
	node: INode,
	failure: ConnectionFailure,
	kind: FailureKind,
	context: ErrorContext,
): NodeApiError {
	const code = failure.timedOut ? 'TIMEOUT' : (failure.code ?? 'CONNECTION_ERROR');
	let message: string;
	let description: string;
	if (failure.timedOut) {
		const seconds = Math.round(kind.timeoutMs / 1000);
		message = `ClickSend did not answer within ${seconds} second${seconds === 1 ? '' : 's'}`;
		description = `${context.request} got no answer from ${kind.host} within the Timeout of the ClickSend API credential (${seconds} s), so it was cancelled.`;
	} else if (nothingReachedClickSend(failure)) {
		message = `Could not connect to ClickSend at ${kind.host} (${code})`;
		description = `${context.request} never reached ClickSend${kind.idempotent ? '' : ', so nothing was sent'}. Check the Base URL of the ClickSend API credential and the network, then run the workflow again.`;
	} else {
		message = `The connection to ClickSend at ${kind.host} was dropped before it answered (${code})`;
		description = `${context.request} lost its connection before ClickSend answered.`;
	}
	if (!kind.idempotent && !nothingReachedClickSend(failure)) {
		description +=
			' ClickSend may have accepted this request before the connection ended, so it was not sent again automatically. Check in ClickSend before running the workflow again.';
	} else if (kind.idempotent) {
		description += ' Try again in a few minutes.';
	}
	const error = new NodeApiError(
		node,
		{ response_code: code, response_msg: message } as JsonObject,
		{
			message,
			description,
			itemIndex: context.itemIndex,
		},
	);
	error.message = message;
	error.description = description;
	if (!nothingReachedClickSend(failure)) uncertainOutcomes.add(error);
	return error;
}
