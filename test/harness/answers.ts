import type { IDataObject } from 'n8n-workflow';

import { FAULTS, type RecordedRequest, type Responder, type ScriptedResponse } from './stand-in';

/** Realistic ClickSend answers that depend on the request, for tests, benchmarks and the sandbox. */

let nextMessageId = 1;

/**
 * POST /sms/send (or /sms/price) as ClickSend answers it: one result per message of the request,
 * in request order, with the status `statusFor` gives (SUCCESS by default).
 */
export function echoMessages(statusFor: (message: IDataObject) => string = () => 'SUCCESS') {
	return (request: RecordedRequest): ScriptedResponse => {
		const messages = (request.body as { messages: IDataObject[] }).messages;
		const results = messages.map((message) => ({
			direction: 'out',
			date: 1893456000,
			to: message.to,
			body: message.body,
			from: message.from ?? '+61411111112',
			schedule: message.schedule ?? '',
			message_id: `MSG-${nextMessageId++}`,
			message_parts:
				String(message.body).length > 160 ? Math.ceil(String(message.body).length / 153) : 1,
			message_price: '0.0792',
			custom_string: message.custom_string ?? '',
			list_id: null,
			country: 'AU',
			status: statusFor(message),
		}));
		return {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Messages queued for delivery.',
				data: {
					total_price: 0.0792 * results.length,
					total_count: results.length,
					queued_count: results.filter((result) => result.status === 'SUCCESS').length,
					messages: results,
					_currency: { currency_name_short: 'AUD' },
					blocked_count: 0,
				},
			},
		};
	};
}

/**
 * POST /uploads as ClickSend answers it (ClickSend's API reference, Upload Media File): `data._url` of the file,
 * numbered per responder: `${urlPrefix}1.pdf`, `${urlPrefix}2.pdf`…
 */
export function uploadAnswer(urlPrefix: string) {
	let count = 0;
	return (): ScriptedResponse => {
		count++;
		return {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Your file has been uploaded.',
				data: {
					upload_id: count,
					file_name: `${count}.pdf`,
					date_added: 1449500640,
					date_delete: 1450105440,
					user_id: 1,
					_url: `${urlPrefix}${count}.pdf`,
				},
			},
		};
	};
}

/** ClickSend's envelope around `data`, as a scripted answer. */
export function success(data: unknown, message = 'Here you go.'): ScriptedResponse {
	return {
		status: 200,
		body: { http_code: 200, response_code: 'SUCCESS', response_msg: message, data },
	};
}

/** An error answer in ClickSend's envelope. */
export function failure(
	status: number,
	responseCode: string,
	message: string,
	headers?: Record<string, string>,
): ScriptedResponse {
	return {
		status,
		headers,
		body: { http_code: status, response_code: responseCode, response_msg: message, data: null },
	};
}

/**
 * A paginated ClickSend list of `total` rows, answered page by page from the request's `page` and
 * `limit` as ClickSend does (`data.total`, `current_page`, `last_page`, `data[]`).
 */
export function pagedList(total: number, row: (index: number) => IDataObject) {
	return (request: RecordedRequest): ScriptedResponse => {
		const page = Number(request.query.page ?? 1);
		const limit = Number(request.query.limit ?? 15);
		const from = (page - 1) * limit;
		const rows = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) =>
			row(from + i),
		);
		return success({
			total,
			per_page: limit,
			current_page: page,
			last_page: Math.max(1, Math.ceil(total / limit)),
			from: from + 1,
			to: from + rows.length,
			data: rows,
		});
	};
}

/**
 * Faults the transport retries for a read, as tests of "Return All with one page failing once"
 * script them: a 500, a 429 without Retry-After (the 1 s backoff applies), an HTML 502 page.
 */
export const PAGE_FAULTS: Array<[string, ScriptedResponse]> = [
	['a 500', failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' })],
	['a 429 without Retry-After', failure(429, 'TOO_MANY_REQUESTS', 'Slow down.')],
	[
		'an HTML 502 page',
		{ ...FAULTS.html(502), headers: { 'content-type': 'text/html', 'retry-after': '0' } },
	],
];

/** `answer` for the requests of one page (`page` query) only; the next route answers the others. */
export function onPage(page: number, answer: ScriptedResponse): Responder {
	return (request) => (request.query.page === String(page) ? answer : undefined);
}

/**
 * 200 answers that are not a success, with the error each must become: `it.each(NOT_SUCCESS_200)`
 * → (name, answer, message).
 */
export const NOT_SUCCESS_200: Array<[string, ScriptedResponse, string]> = [
	[
		'a non-SUCCESS response_code',
		failure(200, 'FORBIDDEN', 'Access denied.'),
		'ClickSend: Access denied (FORBIDDEN)',
	],
	[
		'malformed JSON',
		FAULTS.raw(200, '{"http_code":200,'),
		'The answer did not come from ClickSend\'s API: HTTP 200 with a body that is not JSON: "{"http_code":200," (NOT_CLICKSEND_ANSWER)',
	],
	[
		'an HTML page',
		FAULTS.html(200, 'Maintenance'),
		'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
	],
];

/**
 * IDs mapped by an expression that must be refused before any request, with the end of the error
 * message after the field's name: (what, the value, message tail).
 */
export const BAD_IDS: Array<[string, IDataObject[string], string]> = [
	['empty', '', ' is empty'],
	['whitespace', '   ', ' is empty'],
	['non-numeric', '42a', ' "42a" is not a valid ID'],
	[
		'an unsafe integer',
		'9007199254740993',
		' "9007199254740993" is too large to be a ClickSend ID',
	],
	['an object', { id: 428 }, ' received an object {"id":428} instead of text'],
];
