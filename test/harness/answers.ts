import type { IDataObject } from 'n8n-workflow';

import type { RecordedRequest, ScriptedResponse } from './stand-in';

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
			message_parts: String(message.body).length > 160 ? Math.ceil(String(message.body).length / 153) : 1,
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
 * POST /uploads as ClickSend answers it (seed docs, Upload Media File): `data._url` of the file,
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
