import type { IDataObject, INode, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { echoMessages, failure, success, uploadAnswer } from '../harness/answers';
import { byId, runClickSend, type RunResult } from '../harness/engine';
import type { Responder } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';
import { connectionError } from '../../nodes/transport/errors';
import { failedSendState } from '../../nodes/ClickSend/sending/messages';

/**
 * `sendState` on every output item of a send (README, "Sending safely"): accepted, refused,
 * uncertain, notSent, skipped, for batched and one-by-one sends, with On Error → Continue (the
 * field on the item) and Continue (using error output) (`details.sendState` on the error branch,
 * where n8n keeps only `error` and `details`).
 */

const api = useStandIn();

const MODES: Array<NonNullable<INode['onError']>> = [
	'continueRegularOutput',
	'continueErrorOutput',
];

const UNCERTAIN =
	'ClickSend may have accepted this message, but the request failed without a clear answer';

/**
 * Answers the 2nd request with a 500 (no clear answer: uncertain) and the 3rd with a 400 (a clear
 * refusal); the others with `otherwise` (undefined: the spec's example answer).
 */
function secondFailsThirdRefused(otherwise: Responder = () => undefined): Responder {
	let request = 0;
	return (recorded) => {
		request++;
		if (request === 2) return failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' });
		if (request === 3) return failure(400, 'BAD_REQUEST', 'Bad request.');
		return otherwise(recorded);
	};
}

/** Every output item (both branches) by the input item it is paired with. */
function byInputItem(result: RunResult): Map<number, INodeExecutionData> {
	const items = new Map<number, INodeExecutionData>();
	for (const output of result.outputs)
		for (const item of output) items.set((item.pairedItem as { item: number }).item, item);
	return items;
}

/** Each input item's sendState, read where a following IF node finds it in this mode. */
function states(result: RunResult, mode: INode['onError'], count: number): unknown[] {
	const items = byInputItem(result);
	return Array.from({ length: count }, (_, index) => {
		const json = items.get(index)?.json ?? {};
		if (mode === 'continueErrorOutput' && json.error !== undefined)
			return (json.details as IDataObject | undefined)?.sendState;
		return json.sendState;
	});
}

/** The branch each input item came out of: 'success' or 'error'. */
function branches(result: RunResult, count: number): string[] {
	return Array.from({ length: count }, (_, index) =>
		result.outputs.findIndex((output) =>
			output.some((item) => (item.pairedItem as { item: number }).item === index),
		) === 1
			? 'error'
			: 'success',
	);
}

describe.each(MODES)('sendState, batched sends (SMS → Send), On Error = %s', (mode) => {
	// Batches of 2: [1, 2] → item 2's message refused; [3, 4] → 500 (uncertain); [5] → 400.
	const items = [
		{ phone: 'call me', text: 'bad number' }, // 0: checked before any request → notSent
		{ phone: '+61411111111', text: `one ${mode}` }, // 1: accepted
		{ phone: '+61422222222', text: 'refused by ClickSend' }, // 2: refused
		{ phone: '+61433333333', text: 'three' }, // 3: uncertain
		{ phone: '+61444444444', text: 'four' }, // 4: uncertain
		{ phone: '+61455555555', text: 'five' }, // 5: refused (the whole request)
		{ phone: '+61411111111', text: `one ${mode}` }, // 6: the same message as item 1 → skipped
	];
	const parameters: INodeParameters = {
		resource: 'sms',
		operation: 'send',
		to: '={{ $json.phone }}',
		message: '={{ $json.text }}',
		options: { batchSize: 2, skipAlreadySent: true },
	};

	it('every item says what happened to it; the uncertain ones say to check the history first', async () => {
		const accept = echoMessages((message) =>
			String(message.body).startsWith('refused') ? 'INVALID_RECIPIENT' : 'SUCCESS',
		);
		api.standIn.on('POST', '/sms/send', secondFailsThirdRefused(accept));
		const result = await runClickSend(api.standIn.baseUrl, { parameters, items, onError: mode });

		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(3);
		expect(states(result, mode, items.length)).toEqual([
			'notSent',
			'accepted',
			'refused',
			'uncertain',
			'uncertain',
			'refused',
			'skipped',
		]);
		expect(branches(result, items.length)).toEqual(
			mode === 'continueErrorOutput'
				? ['error', 'success', 'error', 'error', 'error', 'error', 'success']
				: Array(items.length).fill('success'),
		);
		const byItem = byInputItem(result);
		for (const index of [3, 4]) {
			const { json } = byItem.get(index)!;
			expect(json.error).toBe(UNCERTAIN);
			const description =
				mode === 'continueErrorOutput'
					? (json.details as IDataObject).description
					: json.error_description;
			expect(description).toBe(
				'Check the SMS history before running the workflow again, or the message may be sent twice. What failed: ClickSend had an internal error (INTERNAL_ERROR).',
			);
		}
		// A clear refusal is not called uncertain.
		expect(byItem.get(5)!.json.error).toBe('ClickSend: Bad request (BAD_REQUEST)');
		expect(byItem.get(2)!.json.error).toBe(
			'ClickSend did not accept the message to +61422222222 (INVALID_RECIPIENT)',
		);
	});
});

describe.each(MODES)('sendState, one-by-one sends (Email → Send), On Error = %s', (mode) => {
	const items = [
		// Skip Items Already Sent remembers across runs of this file: the mode keeps the keys apart.
		{ to: 'not an address', order: `0 ${mode}` }, // notSent
		{ to: 'test1@test.com', order: `1 ${mode}` }, // accepted
		{ to: 'test2@test.com', order: `2 ${mode}` }, // uncertain (500)
		{ to: 'test3@test.com', order: `3 ${mode}` }, // refused (400)
		{ to: 'test1@test.com', order: `1 ${mode}` }, // skipped: the same email as item 1
	];
	const parameters: INodeParameters = {
		resource: 'email',
		operation: 'send',
		to: '={{ $json.to }}',
		fromAddress: byId('2'),
		fromName: 'My Shop',
		subject: 'Your order',
		body: '={{ "<p>Order " + $json.order + "</p>" }}',
		options: { skipAlreadySent: true },
	};

	it('every item says what happened to it; each email is requested once', async () => {
		api.standIn.on('POST', '/email/send', secondFailsThirdRefused());
		const result = await runClickSend(api.standIn.baseUrl, { parameters, items, onError: mode });

		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(3);
		expect(states(result, mode, items.length)).toEqual([
			'notSent',
			'accepted',
			'uncertain',
			'refused',
			'skipped',
		]);
		expect(branches(result, items.length)).toEqual(
			mode === 'continueErrorOutput'
				? ['error', 'success', 'error', 'error', 'success']
				: Array(items.length).fill('success'),
		);
		const uncertain = byInputItem(result).get(2)!.json;
		expect(uncertain.error).toBe(UNCERTAIN);
		expect(
			mode === 'continueErrorOutput'
				? (uncertain.details as IDataObject).description
				: uncertain.error_description,
		).toContain('Check the email history');
	});
});

describe.each(MODES)('sendState, document sends (Fax → Send), On Error = %s', (mode) => {
	const pdf = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`);
	const fax = (to: string, label: string) => ({
		json: { fax: to },
		binary: { data: { content: pdf(label), fileName: 'a.pdf', mimeType: 'application/pdf' } },
	});

	it('a failed upload means the faxes of that document were not sent; the other document goes out', async () => {
		let upload = 0;
		const uploaded = uploadAnswer('https://rest.clicksend.com/files/');
		api.standIn.on('POST', '/uploads', () =>
			++upload === 1 ? failure(400, 'BAD_REQUEST', 'Not a PDF.') : uploaded(),
		);
		api.standIn.on('POST', '/fax/send', (request) =>
			success({
				messages: (request.body as { messages: IDataObject[] }).messages.map((message) => ({
					to: message.to,
					message_id: 'FAX-1',
					status: 'SUCCESS',
				})),
			}),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'fax',
				operation: 'send',
				to: '={{ $json.fax }}',
				documentSource: 'binary',
				binaryPropertyName: 'data',
			},
			items: [fax('+61261111111', 'first'), fax('+61262222222', 'second')],
			onError: mode,
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/fax/send')).toHaveLength(1);
		expect(states(result, mode, 2)).toEqual(['notSent', 'accepted']);
	});
});

describe('sendState: what a failed request means', () => {
	const node = { name: 'ClickSend' } as INode;
	const refused = connectionError(
		node,
		{ code: 'ECONNREFUSED', timedOut: false },
		{ idempotent: false, timeoutMs: 30000, host: '127.0.0.1:1' },
		{ request: 'POST /sms/send' },
	);
	const dropped = connectionError(
		node,
		{ code: 'ECONNRESET', timedOut: false },
		{ idempotent: false, timeoutMs: 30000, host: '127.0.0.1:1' },
		{ request: 'POST /sms/send' },
	);

	it('a connection never made sent nothing; a dropped one may have; a failure before the request sent nothing', () => {
		expect(failedSendState(refused, true)).toBe('notSent');
		expect(failedSendState(dropped, true)).toBe('uncertain');
		expect(failedSendState(dropped, false)).toBe('notSent');
		expect(failedSendState(new Error('anything else'), true)).toBe('refused');
	});

	it('Calculate Price sends nothing and has no sendState', async () => {
		api.standIn.on('POST', '/sms/price', echoMessages());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'sms',
				operation: 'calculatePrice',
				to: '+61411111111',
				message: 'Hi',
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).not.toHaveProperty('sendState');
	});
});
