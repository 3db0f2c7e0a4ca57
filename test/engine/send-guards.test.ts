import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { echoMessages, failure, success, uploadAnswer } from '../harness/answers';
import type { RecordedRequest } from '../harness/stand-in';
import { deduplicationStore } from '../harness/deduplication';
import { byId, runClickSend } from '../harness/engine';
import { useStandIn } from '../harness/use-stand-in';

/**
 * Skip Items Already Sent (n8n's deduplication store, recorded only after ClickSend accepted a
 * message) and the spend guard (Max Messages / Max Cost per Run), through SMS → Send.
 */
const api = useStandIn();

beforeEach(() => deduplicationStore.stores.clear());

const number = (index: number) => `+614${String(10000000 + index).padStart(8, '0')}`;
const items = (count: number, from = 0) =>
	Array.from({ length: count }, (_, n) => ({
		phone: number(from + n),
		text: `Message ${from + n}`,
		order: `order-${from + n}`,
	}));
const send = (options: INodeParameters = {}): INodeParameters => ({
	resource: 'sms',
	operation: 'send',
	to: '={{ $json.phone }}',
	message: '={{ $json.text }}',
	options,
});
const acceptedMessages = () =>
	api.standIn
		.requestsTo('POST', '/sms/send')
		.filter((_request, index) => accepted[index])
		.flatMap((request) => (request.body as { messages: IDataObject[] }).messages);
let accepted: boolean[] = [];
/** Answers /sms/send like ClickSend, or with `fail` for the requests whose number (1-based) is listed. */
function sms(failRequests: number[] = []) {
	accepted = [];
	let calls = 0;
	api.standIn.on('POST', '/sms/send', (request) => {
		calls++;
		const fails = failRequests.includes(calls);
		accepted.push(!fails);
		return fails ? failure(500, 'INTERNAL_ERROR', 'Oops.') : echoMessages()(request);
	});
}

describe('Skip Items Already Sent', () => {
	it('a second run sends only the new items; the others come out skipped and paired', async () => {
		sms();
		const first = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true }),
			items: items(3),
		});
		expect(first.error).toBeUndefined();
		const second = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true }),
			items: items(4),
		});
		expect(second.error).toBeUndefined();
		const requests = api.standIn.requestsTo('POST', '/sms/send');
		expect(
			requests.map((request) =>
				(request.body as { messages: IDataObject[] }).messages.map((message) => message.to),
			),
		).toEqual([[number(0), number(1), number(2)], [number(3)]]);
		expect(second.items.map((item) => item.json)).toEqual([
			{ skipped: true, reason: 'already sent', to: number(0), sendState: 'skipped' },
			{ skipped: true, reason: 'already sent', to: number(1), sendState: 'skipped' },
			{ skipped: true, reason: 'already sent', to: number(2), sendState: 'skipped' },
			expect.objectContaining({ to: number(3), status: 'SUCCESS' }),
		]);
		expect(second.items.map((item) => item.pairedItem)).toEqual(
			[0, 1, 2, 3].map((item) => ({ item })),
		);
	});

	it('without the option, a second run sends everything again', async () => {
		sms();
		await runClickSend(api.standIn.baseUrl, { parameters: send(), items: items(2) });
		await runClickSend(api.standIn.baseUrl, { parameters: send(), items: items(2) });
		expect(acceptedMessages()).toHaveLength(4);
	});

	it('an Already Sent Key (an order id) decides what counts as the same message', async () => {
		sms();
		await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true, alreadySentKey: '={{ $json.order }}' }),
			items: items(2),
		});
		const changedText = items(2).map((item) => ({ ...item, text: `${item.text}, reminder` }));
		const second = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true, alreadySentKey: '={{ $json.order }}' }),
			items: changedText,
		});
		expect(second.items.every((item) => item.json.skipped === true)).toBe(true);
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
	});

	it('an item repeating an earlier item of the same run is sent once', async () => {
		sms();
		const [one] = items(1);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true }),
			items: [one, one],
		});
		expect(acceptedMessages()).toHaveLength(1);
		expect(result.items[1].json).toEqual({
			skipped: true,
			reason: 'same message as item 0',
			to: number(0),
			sendState: 'skipped',
		});
	});

	it('a message ClickSend refused is not remembered, so a re-run tries it again', async () => {
		api.standIn.on(
			'POST',
			'/sms/send',
			echoMessages((message) => (message.to === number(1) ? 'INVALID_RECIPIENT' : 'SUCCESS')),
			1,
		);
		const first = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true }),
			items: items(2),
			onError: 'continueRegularOutput',
		});
		expect(first.items[1].json.status).toBe('INVALID_RECIPIENT');
		api.standIn.on('POST', '/sms/send', echoMessages());
		const second = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true }),
			items: items(2),
		});
		expect(second.items[0].json.skipped).toBe(true);
		expect(second.items[1].json.status).toBe('SUCCESS');
		expect(
			(
				api.standIn.requestsTo('POST', '/sms/send')[1].body as { messages: IDataObject[] }
			).messages.map((m) => m.to),
		).toEqual([number(1)]);
	});

	it('2,500 items whose 2nd request fails, then a re-run: every message is accepted exactly once in total', async () => {
		sms([2]);
		const first = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true }),
			items: items(2500),
		});
		expect(first.error?.description).toContain('items 0–999: accepted by ClickSend');
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(2);

		const second = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true }),
			items: items(2500),
		});
		expect(second.error).toBeUndefined();
		const requests = api.standIn.requestsTo('POST', '/sms/send');
		expect(
			requests.map((request) => (request.body as { messages: unknown[] }).messages.length),
		).toEqual([1000, 1000, 1000, 500]);
		const sent = acceptedMessages().map((message) => message.to);
		expect(sent).toHaveLength(2500);
		expect(new Set(sent).size).toBe(2500);
		expect(second.items.filter((item) => item.json.skipped)).toHaveLength(1000);
		expect(second.items.map((item) => item.pairedItem)).toEqual(
			items(2500).map((_item, index) => ({ item: index })),
		);
	}, 60_000);
});

describe('spend guard', () => {
	it('Max Messages per Run refuses the run before any request, naming the count and the cap', async () => {
		sms();
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ maxMessagesPerRun: 3 }),
			items: items(5),
		});
		expect(result.error?.message).toBe('This run would send 5 messages; Max Messages per Run is 3');
		expect(result.error?.description).toContain('Nothing was sent');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Max Messages per Run lets a run within the cap through', async () => {
		sms();
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ maxMessagesPerRun: 5 }),
			items: items(5),
		});
		expect(result.error).toBeUndefined();
		expect(acceptedMessages()).toHaveLength(5);
	});

	it("Max Messages per Run counts the contacts of a list through ClickSend's price", async () => {
		api.standIn.tolerateContractViolation(
			'POST',
			'/sms/price',
			'API reference: list_id is an integer',
		);
		api.standIn.on('POST', '/sms/price', {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Price.',
				data: {
					total_price: 79.2,
					total_count: 1000,
					messages: [],
					_currency: { currency_name_short: 'AUD' },
				},
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'sms',
				operation: 'send',
				sendTo: 'contactList',
				listId: byId('428'),
				message: 'Sale!',
				options: { maxMessagesPerRun: 500 },
			},
		});
		expect(result.error?.message).toBe(
			'This run would send 1,000 messages; Max Messages per Run is 500',
		);
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(0);
	});

	it('Max Cost per Run prices the run first and refuses above the cap, saying the price and currency', async () => {
		sms();
		api.standIn.on('POST', '/sms/price', (request) => {
			const answer = echoMessages()(request);
			(answer.body as { data: IDataObject }).data.total_price = 0.0792 * 150;
			return answer;
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ maxCostPerRun: 10 }),
			items: items(150),
		});
		expect(result.error?.message).toBe(
			"This run would cost 11.88 AUD (ClickSend's price for 150 messages); Max Cost per Run is 10.00 AUD",
		);
		expect(api.standIn.requestsTo('POST', '/sms/price')).toHaveLength(1);
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(0);
	});

	it('Max Cost per Run sends when the price is within the cap', async () => {
		sms();
		api.standIn.on('POST', '/sms/price', echoMessages());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ maxCostPerRun: 10 }),
			items: items(100),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/price')).toHaveLength(1);
		expect(acceptedMessages()).toHaveLength(100);
	});

	it('skipped items do not count against the cap', async () => {
		sms();
		await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true }),
			items: items(4),
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: send({ skipAlreadySent: true, maxMessagesPerRun: 2 }),
			items: items(5),
		});
		expect(result.error).toBeUndefined();
		expect(acceptedMessages()).toHaveLength(5);
	});
});

describe('guards on document sends (Fax → Send)', () => {
	const pdf = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`);
	const fax = (to: string, content: Buffer) => ({
		json: { fax: to },
		binary: { data: { content, fileName: 'invoice.pdf', mimeType: 'application/pdf' } },
	});
	const parameters = (options: IDataObject = {}): INodeParameters => ({
		resource: 'fax',
		operation: 'send',
		to: '={{ $json.fax }}',
		documentSource: 'binary',
		binaryPropertyName: 'data',
		options: options as INodeParameters,
	});
	const echoFaxes = (request: RecordedRequest) =>
		success({
			total_price: 0.5 * (request.body as { messages: unknown[] }).messages.length,
			total_count: (request.body as { messages: unknown[] }).messages.length,
			_currency: { currency_name_short: 'AUD' },
			messages: (request.body as { messages: IDataObject[] }).messages.map((message, n) => ({
				to: message.to,
				message_id: `FAX-${n}`,
				status: 'SUCCESS',
			})),
		});
	const faxesSent = () =>
		api.standIn
			.requestsTo('POST', '/fax/send')
			.flatMap((request) =>
				(request.body as { messages: IDataObject[] }).messages.map((message) => message.to),
			);

	beforeEach(() => {
		api.standIn.on(
			'POST',
			'/uploads',
			uploadAnswer('https://clicksend-api-downloads.s3.amazonaws.com/_public/FILE-'),
		);
		api.standIn.on('POST', '/fax/send', echoFaxes);
		api.standIn.on('POST', '/fax/price', echoFaxes);
	});

	it('a re-run skips faxes of the same document to the same number, and sends a changed document', async () => {
		await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ skipAlreadySent: true }),
			items: [fax('+61261111111', pdf('invoice 1')), fax('+61262222222', pdf('invoice 1'))],
		});
		const second = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ skipAlreadySent: true }),
			items: [fax('+61261111111', pdf('invoice 1')), fax('+61262222222', pdf('invoice 2'))],
		});
		expect(second.error).toBeUndefined();
		expect(second.items[0].json).toEqual({
			skipped: true,
			reason: 'already sent',
			to: '+61261111111',
			sendState: 'skipped',
		});
		expect(second.items[1].json.status).toBe('SUCCESS');
		expect(faxesSent()).toEqual(['+61261111111', '+61262222222', '+61262222222']);
	});

	it('Max Cost per Run prices the faxes (uploading the document once) and sends nothing above the cap', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ maxCostPerRun: 1 }),
			items: ['+61261111111', '+61262222222', '+61263333333'].map((to) => fax(to, pdf('invoice'))),
		});
		expect(result.error?.message).toBe(
			"This run would cost 1.50 AUD (ClickSend's price for 3 messages); Max Cost per Run is 1.00 AUD",
		);
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(1);
		expect(api.standIn.requestsTo('POST', '/fax/price')).toHaveLength(1);
		expect(faxesSent()).toEqual([]);
	});

	it('Calculate Price offers no send guards', async () => {
		const { ClickSend } = await import('../../nodes/ClickSend/ClickSend.node');
		const options = new ClickSend().description.properties.filter(
			(property) =>
				property.name === 'options' &&
				(property.displayOptions?.show?.resource as string[] | undefined)?.includes('fax'),
		);
		const names = (operation: string) =>
			options
				.filter((property) =>
					(property.displayOptions?.show?.operation as string[]).includes(operation),
				)
				.flatMap((property) =>
					(property.options as Array<{ name: string }>).map((option) => option.name),
				);
		expect(names('send')).toEqual(
			expect.arrayContaining([
				'skipAlreadySent',
				'maxMessagesPerRun',
				'maxCostPerRun',
				'alreadySentKey',
			]),
		);
		expect(names('calculatePrice')).not.toContain('skipAlreadySent');
	});
});

describe('guards on one-request-per-item sends (Email → Send)', () => {
	const email = (options: IDataObject = {}): INodeParameters => ({
		resource: 'email',
		operation: 'send',
		to: '={{ $json.to }}',
		fromAddress: byId('2'),
		fromName: 'My Shop',
		subject: 'Your order',
		body: '={{ "<p>Order " + $json.order + "</p>" }}',
		options: options as INodeParameters,
	});
	const recipients = [
		{ to: 'test1@test.com', order: 1 },
		{ to: 'test2@test.com', order: 2 },
	];

	it('a re-run skips emails already accepted', async () => {
		await runClickSend(api.standIn.baseUrl, {
			parameters: email({ skipAlreadySent: true }),
			items: recipients.slice(0, 1),
		});
		const second = await runClickSend(api.standIn.baseUrl, {
			parameters: email({ skipAlreadySent: true }),
			items: recipients,
		});
		expect(second.error).toBeUndefined();
		expect(second.items[0].json).toEqual({
			skipped: true,
			reason: 'already sent',
			sendState: 'skipped',
		});
		expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(2);
	});

	it('Max Messages per Run refuses before any email is sent', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: email({ maxMessagesPerRun: 1 }),
			items: recipients,
		});
		expect(result.error?.message).toBe('This run would send 2 messages; Max Messages per Run is 1');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Max Cost per Run prices every email first', async () => {
		api.standIn.on(
			'POST',
			'/email/price',
			success({ total_price: 0.9, _currency: { currency_name_short: 'AUD' } }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: email({ maxCostPerRun: 1 }),
			items: recipients,
		});
		expect(result.error?.message).toBe(
			"This run would cost 1.80 AUD (ClickSend's price for 2 messages); Max Cost per Run is 1.00 AUD",
		);
		expect(api.standIn.requestsTo('POST', '/email/price')).toHaveLength(2);
		expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(0);
	});
});
