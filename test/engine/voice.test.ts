import type { IDataObject } from 'n8n-workflow';

import { failure, onPage, PAGE_FAULTS, pagedList } from '../harness/answers';
import { deduplicationStore } from '../harness/deduplication';
import { byId, runClickSend } from '../harness/engine';
import { loadOptions } from '../harness/methods';
import type { RecordedRequest, ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

let nextId = 1;

/** POST /voice/send or /voice/price as ClickSend answers it: one result per call, in order. */
function echoCalls(statusFor: (message: IDataObject) => string = () => 'SUCCESS') {
	return (request: RecordedRequest): ScriptedResponse => {
		const { messages } = request.body as { messages: IDataObject[] };
		const results = messages.map((message) => ({
			...message,
			to_type: 'mobile',
			message_id: `V-${nextId++}`,
			message_price: 0.07,
			status: statusFor(message),
		}));
		return {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Here are your data.',
				data: { total_count: results.length, messages: results },
			},
		};
	};
}

const number = (index: number) => `+614${String(10000000 + index).padStart(8, '0')}`;

const voiceParameters = (extra: IDataObject = {}) => ({
	resource: 'voice',
	operation: 'send',
	to: '={{ $json.phone }}',
	message: '={{ $json.text }}',
	...extra,
});

const sentCalls = (path = '/voice/send') =>
	api.standIn
		.requestsTo('POST', path)
		.flatMap((request) => (request.body as { messages: IDataObject[] }).messages);

describe('Voice → Send', () => {
	it('sends one call with voice, language and the options ClickSend expects', async () => {
		api.standIn.on('POST', '/voice/send', echoCalls());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({
				voice: 'male',
				lang: 'en-gb',
				options: {
					machineDetection: true,
					requireInput: false,
					customString: 'ref-1',
					country: 'gb',
					schedule: '2030-01-01T10:00:00+10:00',
				},
			}),
			items: [{ phone: '+61 411 111 111', text: 'Your code is 9, 0, 9, 0' }],
		});
		expect(result.error).toBeUndefined();
		expect(sentCalls()).toEqual([
			{
				to: '+61411111111',
				body: 'Your code is 9, 0, 9, 0',
				voice: 'male',
				lang: 'en-gb',
				machine_detection: 1,
				require_input: 0,
				custom_string: 'ref-1',
				country: 'GB',
				schedule: 1893456000,
				source: 'n8n',
			},
		]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			to: '+61411111111',
			status: 'SUCCESS',
			message_id: expect.stringMatching(/^V-/),
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('defaults to a female en-au voice', async () => {
		api.standIn.on('POST', '/voice/send', echoCalls());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters(),
			items: [{ phone: number(0), text: 'Hello' }],
		});
		expect(result.error).toBeUndefined();
		expect(sentCalls()).toEqual([
			{ to: number(0), body: 'Hello', voice: 'female', lang: 'en-au', source: 'n8n' },
		]);
	});

	it('sends 2,500 items in exactly 3 requests (1000/1000/500), results paired in input order', async () => {
		api.standIn.on('POST', '/voice/send', echoCalls());
		const items = Array.from({ length: 2500 }, (_, index) => ({
			phone: number(index),
			text: `Call ${index}`,
		}));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters(),
			items,
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn
				.requestsTo('POST', '/voice/send')
				.map((request) => (request.body as { messages: unknown[] }).messages.length),
		).toEqual([1000, 1000, 500]);
		expect(result.items).toHaveLength(2500);
		result.items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.to).toBe(number(index));
		});
	}, 120_000);

	it('sends to a contact list', async () => {
		api.standIn.on('POST', '/voice/send', (request) => {
			const [message] = (request.body as { messages: IDataObject[] }).messages;
			const rows = ['+61411111111', '+61422222222'].map((to, index) => ({
				to,
				list_id: 428,
				body: message.body,
				status: index ? 'INVALID_RECIPIENT' : 'SUCCESS',
			}));
			return {
				status: 200,
				body: {
					http_code: 200,
					response_code: 'SUCCESS',
					response_msg: 'Here are your data.',
					data: { messages: rows },
				},
			};
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({
				to: undefined,
				sendTo: 'contactList',
				listId: byId('428'),
				message: 'Meeting at 9',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(sentCalls()).toEqual([
			{ list_id: 428, body: 'Meeting at 9', voice: 'female', lang: 'en-au', source: 'n8n' },
		]);
		expect(result.items[0].json).toMatchObject({
			list_id: 428,
			message_count: 2,
			accepted_count: 1,
			failed_count: 1,
		});
	});

	describe('a call ClickSend refuses (INVALID_RECIPIENT)', () => {
		const bad = '+61400000000';
		const items = [
			{ phone: number(0), text: 'one' },
			{ phone: bad, text: 'two' },
			{ phone: number(2), text: 'three' },
		];
		const refuseBad = () =>
			api.standIn.on(
				'POST',
				'/voice/send',
				echoCalls((message) => (message.to === bad ? 'INVALID_RECIPIENT' : 'SUCCESS')),
			);

		it('fails the workflow naming the status and recipient', async () => {
			refuseBad();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: voiceParameters(),
				items,
			});
			expect(result.error?.message).toContain('INVALID_RECIPIENT');
			expect(result.error?.message).toContain(bad);
			expect(result.error?.description).toContain('voice history');
		});

		it('with Continue On Fail, only that item carries the error', async () => {
			refuseBad();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: voiceParameters(),
				items,
				continueOnFail: true,
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.status)).toEqual([
				'SUCCESS',
				'INVALID_RECIPIENT',
				'SUCCESS',
			]);
			expect(result.items.map((item) => Boolean(item.json.error))).toEqual([false, true, false]);
			expect(result.items.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
		});
	});

	describe('validation before any request', () => {
		const ok = { phone: '+61411111111', text: 'Hi' };
		const cases: Array<[string, IDataObject, IDataObject, RegExp]> = [
			['an empty message', {}, { ...ok, text: '  ' }, /^Message is empty/],
			[
				'a recipient that is neither a phone number nor a list',
				{},
				{ ...ok, phone: 'reception' },
				/^To "reception" is not a phone number/,
			],
			[
				'a contact list ID that is not numeric',
				{ sendTo: 'contactList', listId: byId('={{ $json.list }}') },
				{ ...ok, list: 'staff' },
				/^Contact List "staff" is not a valid ID/,
			],
			[
				'an invalid voice',
				{ voice: '={{ $json.voice }}' },
				{ ...ok, voice: 'robot' },
				/^Voice "robot" is not valid/,
			],
			[
				'an invalid language',
				{ lang: '={{ $json.lang }}' },
				{ ...ok, lang: 'English' },
				/^Language "English" is not a voice language code/,
			],
			[
				'a schedule in the past',
				{ options: { schedule: '2020-01-01T00:00:00Z' } },
				ok,
				/^Schedule 2020-01-01T00:00:00.000Z is in the past/,
			],
			[
				'an unparseable schedule',
				{ options: { schedule: 'later' } },
				ok,
				/^Schedule "later" is not a date/,
			],
			['a batch size of 0', { options: { batchSize: 0 } }, ok, /^Batch Size "0" is out of range/],
			[
				'a batch size over 1000',
				{ options: { batchSize: 1001 } },
				ok,
				/^Batch Size "1001" is out of range/,
			],
		];

		it.each(cases)('rejects %s', async (_name, parameters, item, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: voiceParameters(parameters),
				items: [
					{
						phone: '+61422222222',
						list: '428',
						voice: 'male',
						lang: 'en-us',
						text: 'A valid first item',
					},
					item,
				],
			});
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(api.standIn.requests).toHaveLength(0);
		});
	});
});

describe('Voice → Calculate Price', () => {
	it('prices the calls with POST /voice/price and makes none', async () => {
		api.standIn.on('POST', '/voice/price', echoCalls());
		const items = [0, 1, 2].map((index) => ({ phone: number(index), text: 'How much?' }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({ operation: 'calculatePrice', options: { batchSize: 2 } }),
			items,
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/voice/price')).toHaveLength(2);
		expect(api.standIn.requestsTo('POST', '/voice/send')).toHaveLength(0);
		expect(result.items.map((item) => [item.json.to, item.json.message_price])).toEqual(
			items.map((item) => [item.phone, 0.07]),
		);
	});
});

describe('Voice → Calculate Price with a schedule', () => {
	it('sends schedule as Unix seconds (integer, as the API reference types it; the spec types it as a string on /voice/price)', async () => {
		api.standIn.tolerateContractViolation(
			'POST',
			'/voice/price',
			'API reference: schedule is an integer Unix timestamp',
		);
		api.standIn.on('POST', '/voice/price', echoCalls());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({
				operation: 'calculatePrice',
				options: { schedule: '2030-01-01T10:00:00+10:00' },
			}),
			items: [{ phone: number(0), text: 'Later' }],
		});
		expect(result.error).toBeUndefined();
		expect(sentCalls('/voice/price').map((message) => message.schedule)).toEqual([1893456000]);
		const violations = api.standIn.toleratedViolations.flatMap(
			(entry) => entry.violations as Array<{ message?: string }>,
		);
		expect(violations.map((violation) => violation.message)).toEqual([
			'Request body property messages.0.schedule must be string',
		]);
	});
});

describe('Voice → Cancel / Cancel All', () => {
	it('cancels one scheduled call with PUT /voice/{message_id}/cancel', async () => {
		const messageId = 'BF7AD270-0DE2-418B-B606-71D527D9C1AE';
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'voice', operation: 'cancel', messageId },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', `/voice/${messageId}/cancel`)).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ cancelled: true, message_id: messageId });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('cancels every scheduled call with PUT /voice/cancel-all', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'voice', operation: 'cancelAll' },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/voice/cancel-all')).toHaveLength(1);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ cancelled: true });
	});
});

const page = (rows: IDataObject[]): ScriptedResponse => ({
	status: 200,
	body: {
		http_code: 200,
		response_code: 'SUCCESS',
		response_msg: 'Here are your data.',
		data: {
			total: rows.length,
			per_page: 100,
			current_page: 1,
			last_page: 1,
			from: 1,
			to: rows.length,
			data: rows,
		},
	},
});

describe('Voice → Get Many / Get Many Receipts', () => {
	it('lists the voice history with the date filters as Unix seconds, simplified', async () => {
		const row = {
			message_id: 'V1',
			date: 1893456000,
			to: '+61411111111',
			body: 'Hi',
			voice: 'female',
			lang: 'en-au',
			status: 'Sent',
			status_text: 'Delivered',
			message_price: '0.07',
			custom_string: '',
			carrier: 'Telstra',
		};
		api.standIn.on('GET', '/voice/history', page([row]));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'voice',
				operation: 'getAll',
				returnAll: true,
				filters: { dateTo: '2030-01-01T00:00:00Z' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/voice/history')[0].query).toMatchObject({
			date_to: '1893456000',
			limit: '100',
		});
		const simplified: IDataObject = { ...row, date_iso: '2030-01-01T00:00:00.000Z' };
		delete simplified.carrier;
		expect(result.items).toEqual([{ json: simplified, pairedItem: { item: 0 } }]);
	});

	it('lists delivery receipts (GET /voice/receipts) with the digits pressed', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'voice', operation: 'getAllReceipts', limit: 5 },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/voice/receipts')).toHaveLength(1);
		// The spec's own example answer: two receipts with digits 2 and 5.
		expect(result.items.map((item) => [item.json.message_id, item.json.digits])).toEqual([
			['31BC271B-1E0C-45F6-9E7E-97186C46BB82', 2],
			['23C8ADA3-FD8B-420B-801A-F829BB87AC6F', 5],
		]);
		expect(result.items[0].json).not.toHaveProperty('timestamp_send');
	});
});

describe('Voice → Get Receipt (not documented by ClickSend)', () => {
	// GET /voice/receipts/{message_id} appears only in a third-party endpoint listing, in neither
	// ClickSend's OpenAPI spec nor its API reference: the operation was
	// removed. Get Many Receipts (GET /voice/receipts, documented) stays.
	it('is not an operation and requests nothing', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'voice', operation: 'getReceipt', messageId: 'V1' },
		});
		expect(result.error?.message).toBe(
			'The operation "getReceipt" of the resource "voice" is not supported',
		);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Voice → input that cannot be sent is refused before any request', () => {
	it.each([
		['empty', '={{ "" }}', 'Message ID is empty'],
		['whitespace', '={{ "  " }}', 'Message ID is empty'],
		['a path', '={{ "V1/../cancel-all" }}', 'Message ID "V1/../cancel-all" is not a valid ID'],
		['an object', '={{ $json.call }}', 'Message ID received an object {"id":"V1"} instead of text'],
	])('Cancel with a Message ID that is %s', async (_name, messageId, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'voice', operation: 'cancel', messageId },
			items: [{ call: { id: 'V1' } }],
		});
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		['empty', '={{ "" }}', 'Contact List is empty'],
		['whitespace', '={{ " " }}', 'Contact List is empty'],
		['not a number', '={{ "staff" }}', 'Contact List "staff" is not a valid ID'],
		[
			'an unsafe integer',
			'={{ "9007199254740993" }}',
			'Contact List "9007199254740993" is too large to be a ClickSend ID',
		],
		[
			'an object',
			'={{ $json.list }}',
			'Contact List received an object {"id":428} instead of text',
		],
	])('Send to a Contact List ID that is %s', async (_name, value, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({
				sendTo: 'contactList',
				listId: byId(value),
			}),
			items: [{ list: { id: 428 }, text: 'Meeting at 9' }],
		});
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		[
			'an object mapped into Message',
			{},
			{ text: { say: 'hi' } },
			'Message received an object {"say":"hi"} instead of text',
		],
		[
			'a list mapped into Language',
			{ lang: '={{ $json.langs }}' },
			{ langs: ['en-au'] },
			'Language received a list of 1 value instead of text',
		],
		[
			'an impossible schedule date',
			{ options: { schedule: '2031-02-30T10:00:00+10:00' } },
			{},
			'Schedule "2031-02-30T10:00:00+10:00" is not a date (February 2031 has 28 days)',
		],
	])('Send with %s', async (_name, parameters, item, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters(parameters),
			items: [{ phone: number(0), text: 'Hi', ...item }],
		});
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Voice → Send: a request that fails', () => {
	const items = [0, 1, 2, 3, 4].map((index) => ({ phone: number(index), text: 'Hi' }));
	const secondRequestFails = (answer: ScriptedResponse) => {
		api.standIn.on('POST', '/voice/send', echoCalls());
		let calls = 0;
		api.standIn.on('POST', '/voice/send', () => (++calls === 2 ? answer : undefined));
	};

	it('a dropped connection on the second batch is not sent again; the error names the items of each outcome', async () => {
		secondRequestFails({ status: 0, drop: true });
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({ options: { batchSize: 2 } }),
			items,
		});
		expect(api.standIn.requestsTo('POST', '/voice/send')).toHaveLength(2);
		expect(result.error?.message).toMatch(
			/^The connection to ClickSend at 127\.0\.0\.1:\d+ was dropped before it answered \(ECONNRESET\)$/,
		);
		expect(result.error?.description).toContain(
			'items 0–1: accepted by ClickSend; items 2–3: may have been accepted (the request failed without a clear answer); item 4: not sent',
		);
		expect(result.error?.description).toContain('voice history');
	});

	it('a 200 with INSUFFICIENT_CREDIT carries the code', async () => {
		secondRequestFails(failure(200, 'INSUFFICIENT_CREDIT', 'You have not enough credit.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({ options: { batchSize: 2 } }),
			items,
		});
		expect(result.error?.message).toBe(
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		);
		expect(result.error?.description).toContain(
			'items 0–1: accepted by ClickSend; items 2–3: not accepted; item 4: not sent',
		);
	});
});

describe('Voice → Send: send guards', () => {
	beforeEach(() => deduplicationStore.stores.clear());
	const items = [0, 1, 2].map((index) => ({ phone: number(index), text: 'Your code is 1, 2, 3' }));

	it('Skip Items Already Sent: a second run calls only the new number', async () => {
		api.standIn.on('POST', '/voice/send', echoCalls());
		await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({ options: { skipAlreadySent: true } }),
			items: items.slice(0, 2),
		});
		const second = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({ options: { skipAlreadySent: true } }),
			items,
		});
		expect(second.error).toBeUndefined();
		expect(sentCalls().map((call) => call.to)).toEqual([number(0), number(1), number(2)]);
		expect(second.items.map((item) => item.json.skipped ?? item.json.status)).toEqual([
			true,
			true,
			'SUCCESS',
		]);
	});

	it('Max Messages per Run refuses the run before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: voiceParameters({ options: { maxMessagesPerRun: 2 } }),
			items,
		});
		expect(result.error?.message).toBe('This run would send 3 messages; Max Messages per Run is 2');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Voice → Get Many / Get Many Receipts: faults and bad input', () => {
	it.each([[0], [-1], ['abc']])(
		'Get Many Receipts refuses Limit %p before any request',
		async (limit) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'voice', operation: 'getAllReceipts', limit },
			});
			expect(result.error?.message).toBe(`Limit "${String(limit)}" is out of range`);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it.each(PAGE_FAULTS)(
		'Get Many Receipts with Return All: %s on page 2 is retried as page 2, every receipt once',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/voice/receipts',
				pagedList(240, (index) => ({ message_id: `V${index}`, digits: index % 10 })),
			);
			api.standIn.on('GET', '/voice/receipts', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'voice', operation: 'getAllReceipts', returnAll: true },
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.message_id)).toEqual(
				Array.from({ length: 240 }, (_, index) => `V${index}`),
			);
			expect(
				api.standIn.requestsTo('GET', '/voice/receipts').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
		20_000,
	);

	it('Get Many refuses an impossible date before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'voice',
				operation: 'getAll',
				filters: { dateFrom: '2031-02-30T00:00:00Z' },
			},
		});
		expect(result.error?.message).toBe(
			'Sent After "2031-02-30T00:00:00Z" is not a date (February 2031 has 28 days)',
		);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Get Many answered 200 with malformed JSON fails with the code', async () => {
		api.standIn.on('GET', '/voice/history', {
			status: 200,
			raw: '{"data":[',
			headers: { 'content-type': 'application/json' },
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'voice', operation: 'getAll', returnAll: true },
		});
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with a body that is not JSON: "{"data":[" (NOT_CLICKSEND_ANSWER)',
		);
	});
});

describe('Voice → Language dropdown (getVoiceLanguages)', () => {
	it('lists the languages of GET /voice/lang with their voices', async () => {
		const options = await loadOptions(api.standIn.baseUrl, 'getVoiceLanguages');
		expect(api.standIn.requestsTo('GET', '/voice/lang')).toHaveLength(1);
		// The spec's example answer: en-us (male) and en-au (female, male).
		expect(options).toEqual([
			{ name: 'English, Australia (en-au)', value: 'en-au', description: 'Voices: female, male' },
			{ name: 'English, US (en-us)', value: 'en-us', description: 'Voices: male' },
		]);
	});

	it('falls back to the documented languages when ClickSend cannot be asked', async () => {
		api.standIn.requireCredentials('someone-else', 'other-key');
		const options = await loadOptions(api.standIn.baseUrl, 'getVoiceLanguages');
		expect(api.standIn.requestsTo('GET', '/voice/lang')).toHaveLength(1);
		expect(options).toHaveLength(23);
		expect(options).toContainEqual({
			name: 'English, India (en-in)',
			value: 'en-in',
			description: 'Voices: female',
		});
		expect(options.map((option) => option.value)).toContain('en-gb-wls');
	});
});
