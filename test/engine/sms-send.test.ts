import type { IDataObject } from 'n8n-workflow';

import { byId, runClickSend } from '../harness/engine';
import { echoMessages } from '../harness/answers';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const number = (index: number) => `+614${String(10000000 + index).padStart(8, '0')}`;

const sendParameters = (extra: IDataObject = {}) => ({
	resource: 'sms',
	operation: 'send',
	to: '={{ $json.phone }}',
	message: '={{ $json.text }}',
	...extra,
});

const sentMessages = (path = '/sms/send') =>
	api.standIn
		.requestsTo('POST', path)
		.flatMap((request) => (request.body as { messages: IDataObject[] }).messages);

describe('SMS → Send', () => {
	it('sends one item in one request with the fields ClickSend expects', async () => {
		api.standIn.on('POST', '/sms/send', echoMessages());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({
				from: byId('MyShop'),
				options: { customString: 'order-42', country: 'au' },
			}),
			items: [{ phone: '+61 411 111 111', text: 'Your order has shipped' }],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
		expect(sentMessages()).toEqual([
			{
				to: '+61411111111',
				body: 'Your order has shipped',
				from: 'MyShop',
				custom_string: 'order-42',
				country: 'AU',
				source: 'n8n',
			},
		]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			to: '+61411111111',
			status: 'SUCCESS',
			message_id: expect.stringMatching(/^MSG-/),
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('sends 2,500 items in exactly 3 requests (1000/1000/500) and returns 2,500 items in input order', async () => {
		api.standIn.on('POST', '/sms/send', echoMessages());
		const items = Array.from({ length: 2500 }, (_, index) => ({
			phone: number(index),
			text: `Message ${index}`,
		}));
		const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters(), items });
		expect(result.error).toBeUndefined();
		const requests = api.standIn.requestsTo('POST', '/sms/send');
		expect(
			requests.map((request) => (request.body as { messages: unknown[] }).messages.length),
		).toEqual([1000, 1000, 500]);
		expect(result.items).toHaveLength(2500);
		result.items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.to).toBe(number(index));
			expect(item.json.body).toBe(`Message ${index}`);
		});
		expect(new Set(result.items.map((item) => item.json.message_id)).size).toBe(2500);
	}, 60_000);

	it('honours Batch Size', async () => {
		api.standIn.on('POST', '/sms/send', echoMessages());
		const items = Array.from({ length: 5 }, (_, index) => ({ phone: number(index), text: 'Hi' }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { batchSize: 2 } }),
			items,
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn
				.requestsTo('POST', '/sms/send')
				.map((r) => (r.body as { messages: unknown[] }).messages.length),
		).toEqual([2, 2, 1]);
		expect(result.items.map((item) => item.json.to)).toEqual(items.map((item) => item.phone));
	});

	it('maps results back by recipient when ClickSend leaves one out (e.g. blocked)', async () => {
		api.standIn.on('POST', '/sms/send', (request) => {
			const answer = echoMessages()(request);
			const data = (answer.body as { data: { messages: IDataObject[] } }).data;
			data.messages = data.messages.filter((message) => message.to !== number(1)).reverse();
			return answer;
		});
		const items = [0, 1, 2].map((index) => ({ phone: number(index), text: 'Hi' }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items,
			continueOnFail: true,
		});
		expect(result.items.map((item) => item.json.to)).toEqual([number(0), undefined, number(2)]);
		expect(result.items[1].json.error).toBe('ClickSend returned no result for this message');
	});

	it('keeps unicode (emoji, Chinese) and multi-part bodies exactly as written', async () => {
		api.standIn.on('POST', '/sms/send', echoMessages());
		const long = 'This message is longer than one SMS part. '.repeat(6);
		const texts = [
			'Hello 👋🎉 see you soon',
			'你好，您的订单已发货。谢谢！',
			long,
			'Ünïcödé – “quotes” & ½',
		];
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: texts.map((text, index) => ({ phone: number(index), text })),
		});
		expect(result.error).toBeUndefined();
		expect(long.length).toBeGreaterThan(160);
		expect(sentMessages().map((message) => message.body)).toEqual(texts);
		const [request] = api.standIn.requestsTo('POST', '/sms/send');
		expect(request.rawBody).toContain('👋🎉');
		expect(request.rawBody).toContain('你好，您的订单已发货。谢谢！');
		expect(result.items[2].json.message_parts).toBeGreaterThan(1);
	});

	it('sends a scheduled message with the schedule as Unix seconds', async () => {
		api.standIn.on('POST', '/sms/send', echoMessages());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { schedule: '2030-01-01T10:00:00+10:00' } }),
			items: [{ phone: '+61411111111', text: 'Happy new year' }],
		});
		expect(result.error).toBeUndefined();
		expect(sentMessages()[0].schedule).toBe(1893456000);
	});

	it("sends to a contact list and returns that list's messages on the item", async () => {
		// ClickSend's API reference types a message's list_id as an integer; the spec says string. The node
		// follows the docs.
		api.standIn.tolerateContractViolation(
			'POST',
			'/sms/send',
			'API reference: list_id is an integer',
		);
		api.standIn.on('POST', '/sms/send', (request) => {
			const [message] = (request.body as { messages: IDataObject[] }).messages;
			const contacts = ['+61411111111', '+61422222222', '+61433333333'];
			return {
				status: 200,
				body: {
					http_code: 200,
					response_code: 'SUCCESS',
					response_msg: 'Messages queued for delivery.',
					data: {
						total_count: 3,
						queued_count: 3,
						messages: contacts.map((to, index) => ({
							to,
							body: message.body,
							list_id: 428,
							status: 'SUCCESS',
							message_id: `L-${index}`,
						})),
					},
				},
			};
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'sms',
				operation: 'send',
				sendTo: 'contactList',
				listId: byId('428'),
				message: 'Shop opens at 9',
			},
		});
		expect(result.error).toBeUndefined();
		expect(sentMessages()).toEqual([{ list_id: 428, body: 'Shop opens at 9', source: 'n8n' }]);
		const violations = api.standIn.toleratedViolations.flatMap(
			(entry) => entry.violations as Array<{ message?: string }>,
		);
		expect(violations.map((violation) => violation.message)).toEqual([
			'Request body property messages.0.list_id must be string',
		]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			list_id: 428,
			message_count: 3,
			accepted_count: 3,
			failed_count: 0,
		});
		expect(result.items[0].json.messages).toHaveLength(3);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	describe('a message ClickSend refuses (INVALID_RECIPIENT)', () => {
		const bad = '+61400000000';
		const items = [
			{ phone: '+61411111111', text: 'one' },
			{ phone: bad, text: 'two' },
			{ phone: '+61422222222', text: 'three' },
		];
		const refuseBad = () =>
			api.standIn.on(
				'POST',
				'/sms/send',
				echoMessages((message) => (message.to === bad ? 'INVALID_RECIPIENT' : 'SUCCESS')),
			);

		it('fails the workflow naming the status, the recipient, and that the others were sent', async () => {
			refuseBad();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items,
			});
			expect(result.error?.message).toContain('INVALID_RECIPIENT');
			expect(result.error?.message).toContain(bad);
			expect(result.error?.description).toContain('not a valid number');
			expect(result.error?.description).toContain(
				'item 0: accepted by ClickSend; item 1: not accepted; item 2: accepted by ClickSend',
			);
		});

		it('with On Error → Continue, the bad item carries the error and the others succeed', async () => {
			refuseBad();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items,
				onError: 'continueRegularOutput',
			});
			expect(result.error).toBeUndefined();
			expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
			expect(result.items).toHaveLength(3);
			expect(result.items.map((item) => item.json.status)).toEqual([
				'SUCCESS',
				'INVALID_RECIPIENT',
				'SUCCESS',
			]);
			expect(result.items[1].json.error).toContain('INVALID_RECIPIENT');
			expect(result.items[1].json.to).toBe(bad);
			expect(result.items[1].json.error_description).toContain('not a valid number');
			expect(result.items[1].pairedItem).toEqual({ item: 1 });
			expect(result.items[0].json.error).toBeUndefined();
		});

		it('with On Error → Continue (using error output), the bad item goes to the error output', async () => {
			refuseBad();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items,
				onError: 'continueErrorOutput',
			});
			expect(result.error).toBeUndefined();
			const [success, failed] = result.outputs;
			expect(success.map((item) => item.json.to)).toEqual(['+61411111111', '+61422222222']);
			expect(success.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
			expect(failed).toHaveLength(1);
			// n8n merges the input item's JSON into error-output items; ClickSend's result is under `details`.
			expect(failed[0].json).toMatchObject({
				phone: bad,
				text: 'two',
				error: expect.stringContaining('INVALID_RECIPIENT'),
				details: {
					to: bad,
					status: 'INVALID_RECIPIENT',
					description: expect.stringContaining('not a valid number'),
				},
			});
			expect(failed[0].pairedItem).toEqual({ item: 1 });
		});
	});

	describe('a request that fails (HTTP error)', () => {
		const items = [0, 1, 2, 3].map((index) => ({ phone: number(index), text: 'Hi' }));
		const failSecondRequest = () => {
			api.standIn.on('POST', '/sms/send', echoMessages());
			api.standIn.on(
				'POST',
				'/sms/send',
				{
					status: 500,
					body: {
						http_code: 500,
						response_code: 'INTERNAL_ERROR',
						response_msg: 'Server error',
						data: null,
					},
				},
				1,
			);
			// The first request succeeds: answer it before the scripted 500 applies.
			let calls = 0;
			api.standIn.on('POST', '/sms/send', (request) =>
				++calls === 1 ? echoMessages()(request) : undefined,
			);
		};

		it('stops, is not retried (a send), and says the earlier batch was already sent', async () => {
			failSecondRequest();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters({ options: { batchSize: 2 } }),
				items,
			});
			expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(2);
			expect(result.error?.message).toContain('INTERNAL_ERROR');
			expect(result.error?.description).toContain(
				'items 0–1: accepted by ClickSend; items 2–3: may have been accepted (the request failed without a clear answer)',
			);
		});

		it('a rate-limited request (429, nothing accepted) is sent again after Retry-After', async () => {
			api.standIn.on('POST', '/sms/send', echoMessages());
			api.standIn.on(
				'POST',
				'/sms/send',
				{
					status: 429,
					headers: { 'retry-after': '0' },
					body: {
						http_code: 429,
						response_code: 'TOO_MANY_REQUESTS',
						response_msg: 'Slow down',
						data: null,
					},
				},
				1,
			);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items,
			});
			expect(result.error).toBeUndefined();
			expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(2);
			expect(result.items.map((item) => item.json.status)).toEqual([
				'SUCCESS',
				'SUCCESS',
				'SUCCESS',
				'SUCCESS',
			]);
		});

		it('a refused request (4xx) says which credential to check and that nothing was sent', async () => {
			api.standIn.requireCredentials('someone-else', 'other-key');
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items,
			});
			expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
			expect(result.error?.message).toContain('INVALID_CREDENTIALS');
			expect(result.error?.description).toContain('into the credential "ClickSend account"');
			expect(result.error?.description).not.toContain('may have accepted');
		});

		it("with Continue On Fail, fails only that batch's items and still sends the other batches", async () => {
			failSecondRequest();
			const six = [...items, { phone: number(4), text: 'Hi' }, { phone: number(5), text: 'Hi' }];
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters({ options: { batchSize: 2 } }),
				items: six,
				continueOnFail: true,
			});
			expect(result.error).toBeUndefined();
			expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(3);
			expect(result.items.map((item) => (item.json.error ? 'error' : 'sent'))).toEqual([
				'sent',
				'sent',
				'error',
				'error',
				'sent',
				'sent',
			]);
			// A 500 leaves those items uncertain: each says so, and to check the history first.
			for (const item of [result.items[2], result.items[3]]) {
				expect(item.json.error).toBe(
					'ClickSend may have accepted this message, but the request failed without a clear answer',
				);
				expect(item.json.error_description).toContain(
					'Check the SMS history before running the workflow again',
				);
				expect(item.json.error_description).toContain('(INTERNAL_ERROR)');
			}
			expect(result.items.map((item) => item.pairedItem)).toEqual(six.map((_, item) => ({ item })));
		});
	});

	describe('validation before any request', () => {
		const cases: Array<[string, IDataObject, IDataObject, RegExp]> = [
			['an empty message', {}, { phone: '+61411111111', text: '   ' }, /^Message is empty/],
			[
				'a recipient that is not a phone number',
				{},
				{ phone: 'call me', text: 'Hi' },
				/^To "call me" is not a phone number/,
			],
			[
				'a contact list ID that is not numeric',
				{
					to: undefined,
					sendTo: 'contactList',
					listId: byId('={{ $json.list }}'),
				},
				{ list: 'friends', text: 'Hi' },
				/^Contact List "friends" is not a valid ID/,
			],
			[
				'a sender ID longer than 11 characters',
				{ from: byId('MyVeryLongShop') },
				{ phone: '+61411111111', text: 'Hi' },
				/^From "MyVeryLongShop" is longer than 11 characters/,
			],
			[
				'a sender ID with spaces',
				{ from: byId('My Shop') },
				{ phone: '+61411111111', text: 'Hi' },
				/^From "My Shop" contains spaces/,
			],
			[
				'a schedule in the past',
				{ options: { schedule: '2020-01-01T00:00:00Z' } },
				{ phone: '+61411111111', text: 'Hi' },
				/^Schedule 2020-01-01T00:00:00.000Z is in the past/,
			],
			[
				'an unparseable schedule',
				{ options: { schedule: 'next tuesday-ish' } },
				{ phone: '+61411111111', text: 'Hi' },
				/^Schedule "next tuesday-ish" is not a date/,
			],
			[
				'a batch size of 0',
				{ options: { batchSize: 0 } },
				{ phone: '+61411111111', text: 'Hi' },
				/^Batch Size "0" is out of range/,
			],
			[
				'a batch size over 1000',
				{ options: { batchSize: 1001 } },
				{ phone: '+61411111111', text: 'Hi' },
				/^Batch Size "1001" is out of range/,
			],
		];

		it.each(cases)('rejects %s', async (_name, parameters, item, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(parameters),
				items: [{ phone: '+61422222222', list: '428', text: 'A valid first item' }, item],
			});
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(api.standIn.requests).toHaveLength(0);
		});

		it('with Continue On Fail, the invalid item gets the error and the valid ones are sent', async () => {
			api.standIn.on('POST', '/sms/send', echoMessages());
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items: [
					{ phone: '+61411111111', text: 'Hi' },
					{ phone: '+61422222222', text: '' },
					{ phone: '+61433333333', text: 'Hi' },
				],
				continueOnFail: true,
			});
			expect(sentMessages().map((message) => message.to)).toEqual(['+61411111111', '+61433333333']);
			expect(result.items[1].json.error).toBe('Message is empty');
			expect(result.items.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
		});
	});
});

describe('SMS → Calculate Price', () => {
	it('prices all items in batched POST /sms/price requests and sends nothing', async () => {
		api.standIn.on('POST', '/sms/price', echoMessages());
		const items = [0, 1, 2].map((index) => ({ phone: number(index), text: 'How much?' }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { ...sendParameters({ options: { batchSize: 2 } }), operation: 'calculatePrice' },
			items,
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/price')).toHaveLength(2);
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(0);
		expect(result.items.map((item) => [item.json.to, item.json.message_price])).toEqual(
			items.map((item) => [item.phone, '0.0792']),
		);
	});
});
