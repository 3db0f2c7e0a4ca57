import type { INodeParameters } from 'n8n-workflow';

import { BAD_IDS, failure, onPage, PAGE_FAULTS, pagedList } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS, type ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const IN_A_YEAR = new Date(Date.now() + 365 * 24 * 3600 * 1000);

function sendParameters(overrides: INodeParameters = {}, operation = 'send'): INodeParameters {
	return {
		resource: 'email',
		operation,
		to: 'test1@test.com, Jane Doe <test2@test.com>',
		fromAddress: fromList('2'),
		fromName: 'My Shop',
		subject: 'Your order has shipped',
		body: '<p>It is on its way.</p>',
		...overrides,
	};
}

function page(current: number, last: number, rows: object[]) {
	return {
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here is your result.',
			data: {
				total: rows.length,
				per_page: 100,
				current_page: current,
				last_page: last,
				from: 1,
				to: rows.length,
				data: rows,
			},
		},
	};
}

describe('Email → Send', () => {
	it('sends one POST /email/send per item with to, cc, bcc, from, subject, body and the schedule in Unix seconds', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({
				options: {
					cc: 'test3@test.com',
					bcc: '"Boss" <test4@test.com>; test5@test.com',
					schedule: IN_A_YEAR.toISOString(),
				},
			}),
			items: [{ n: 1 }, { n: 2 }],
		});
		expect(result.error).toBeUndefined();
		const requests = api.standIn.requestsTo('POST', '/email/send');
		expect(requests).toHaveLength(2);
		expect(requests[0].body).toEqual({
			to: [{ email: 'test1@test.com' }, { email: 'test2@test.com', name: 'Jane Doe' }],
			cc: [{ email: 'test3@test.com' }],
			bcc: [{ email: 'test4@test.com', name: 'Boss' }, { email: 'test5@test.com' }],
			// The spec types email_address_id as a string; ClickSend's API reference shows a number. ClickSend takes both.
			from: { email_address_id: '2', name: 'My Shop' },
			subject: 'Your order has shipped',
			body: '<p>It is on its way.</p>',
			schedule: Math.floor(IN_A_YEAR.getTime() / 1000),
		});
		expect(result.items).toHaveLength(2);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toHaveProperty('message_id');
	});

	it('accepts the From Address by ID and To as a list of {email, name} from an expression', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({
				to: '={{ [{ email: "test1@test.com", name: "Ann" }] }}',
				fromAddress: byId(' 17 '),
			}),
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/email/send');
		expect(request.body).toMatchObject({
			to: [{ email: 'test1@test.com', name: 'Ann' }],
			from: { email_address_id: '17' },
		});
		expect(request.body).not.toHaveProperty('cc');
		expect(request.body).not.toHaveProperty('schedule');
	});

	it('attaches binary files of the item as base64', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { attachments: 'invoice' } }),
			items: [
				{
					json: {},
					binary: {
						invoice: {
							content: Buffer.from('file contents'),
							fileName: 'invoice.txt',
							mimeType: 'text/plain',
						},
					},
				},
			],
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/email/send');
		expect((request.body as { attachments: unknown }).attachments).toEqual([
			{
				content: Buffer.from('file contents').toString('base64'),
				type: 'text/plain',
				filename: 'invoice.txt',
				disposition: 'attachment',
				content_id: 'invoice',
			},
		]);
	});

	it('turns a ClickSend error into a NodeApiError with its response_code', async () => {
		api.standIn.on('POST', '/email/send', {
			status: 400,
			body: {
				http_code: 400,
				response_code: 'INSUFFICIENT_CREDIT',
				response_msg: 'No credit.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters() });
		expect(result.error?.message).toBe(
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		);
		expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(1);
	});
});

describe('Email → Send: input checks before any request', () => {
	const cases: Array<[string, INodeParameters, RegExp]> = [
		[
			'an invalid To address',
			{ to: 'test1@test.com, not-an-address' },
			/^To "not-an-address" is not an email address/,
		],
		['an empty To', { to: '  ' }, /^To is empty/],
		[
			'an invalid CC address',
			{ options: { cc: 'test1@test' } },
			/^CC "test1@test" is not an email address/,
		],
		[
			'an invalid BCC address',
			{ options: { bcc: 'Boss <boss>' } },
			/^BCC "boss" is not an email address/,
		],
		['an empty subject', { subject: ' ' }, /^Subject is empty/],
		// Literal empty values are stopped by n8n's "required" check; an expression can still be empty.
		['an empty body', { body: '={{ "" }}' }, /^Body is empty/],
		['an empty From Name', { fromName: '={{ $json.missing ?? "" }}' }, /^From Name is empty/],
		[
			'a From Address that is not an ID',
			{ fromAddress: byId('={{ "abc" }}') },
			/^From Address "abc" is not a valid ID/,
		],
		[
			'a schedule in the past',
			{ options: { schedule: '2020-01-01T00:00:00Z' } },
			/^Schedule .* is in the past/,
		],
		[
			'a schedule that is not a date',
			{ options: { schedule: 'next tuesday-ish' } },
			/^Schedule "next tuesday-ish" is not a date/,
		],
		// The shared binary-property check names the field and lists the item's binary properties.
		[
			'an attachment property the item lacks',
			{ options: { attachments: 'missing' } },
			/^Attachments "missing" is not a binary property of item 0/,
		],
	];
	it.each(cases)('rejects %s', async (_name, overrides, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(overrides),
		});
		// n8n's RoutingNode wraps errors thrown before the request in a NodeApiError; message and description stay ours.
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('with Continue On Fail, sends the valid items and returns the invalid one as an error item', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ to: '={{ $json.email }}' }),
			items: [
				{ email: 'test1@test.com' },
				{ email: 'not-an-address' },
				{ email: 'test3@test.com' },
			],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn
				.requestsTo('POST', '/email/send')
				.map((request) => (request.body as { to: unknown }).to),
		).toEqual([[{ email: 'test1@test.com' }], [{ email: 'test3@test.com' }]]);
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json).toHaveProperty('message_id');
		expect(String(result.items[1].json.error)).toMatch(
			/To "not-an-address" is not an email address/,
		);
		expect(result.items[2].json).toHaveProperty('message_id');
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
	});

	it('checks Calculate Price the same way', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ to: 'nope' }, 'calculatePrice'),
		});
		expect(result.error?.message).toMatch(/^To "nope" is not an email address/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email → Calculate Price', () => {
	it('posts the same body to /email/price and returns the price', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({}, 'calculatePrice'),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(0);
		const [request] = api.standIn.requestsTo('POST', '/email/price');
		expect(request.body).toMatchObject({
			to: [{ email: 'test1@test.com' }, { email: 'test2@test.com', name: 'Jane Doe' }],
			subject: 'Your order has shipped',
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('Email → Get Many', () => {
	it('reads /email/history with the date range in Unix seconds, up to Limit', async () => {
		api.standIn.on(
			'GET',
			'/email/history',
			page(
				1,
				3,
				Array.from({ length: 15 }, (_, i) => ({ message_id: `m${i}` })),
			),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'email',
				operation: 'getAll',
				limit: 5,
				filters: { dateFrom: '2026-01-01T00:00:00Z', dateTo: '2026-02-01T00:00:00Z' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.message_id)).toEqual([
			'm0',
			'm1',
			'm2',
			'm3',
			'm4',
		]);
		const requests = api.standIn.requestsTo('GET', '/email/history');
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toMatchObject({ date_from: '1767225600', date_to: '1769904000' });
		expect(result.items.every((item) => item.pairedItem !== undefined)).toBe(true);
	});

	it('walks every page with Return All', async () => {
		api.standIn.on('GET', '/email/history', (request) =>
			page(Number(request.query.page ?? 1), 2, [
				{ message_id: `page${String(request.query.page ?? 1)}` },
			]),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'email', operation: 'getAll', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.message_id)).toEqual(['page1', 'page2']);
		expect(
			api.standIn.requestsTo('GET', '/email/history').map((request) => request.query.limit),
		).toEqual(['100', '100']);
	});

	it('keeps the main fields of each email unless Simplify is off', async () => {
		const row = {
			message_id: 'm1',
			subject: 'Hi',
			status: 'Sent',
			body: '<p>long</p>',
			body_plain_text: 'long',
			_attachments: [],
		};
		api.standIn.on('GET', '/email/history', page(1, 1, [row]));
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'email', operation: 'getAll', limit: 1 },
		});
		expect(simple.items[0].json).toEqual({ message_id: 'm1', subject: 'Hi', status: 'Sent' });
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'email', operation: 'getAll', limit: 1, simplify: false },
		});
		expect(full.items[0].json).toEqual(row);
	});

	it('rejects a Sent After that is not a date', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'email', operation: 'getAll', filters: { dateFrom: 'soon' } },
		});
		expect(result.error?.message).toMatch(/^Sent After "soon" is not a date/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('searchEmailAddresses', () => {
	const addresses = [
		{ email_address_id: 3, email_address: 'test2@test.com', verified: 0, date_added: '1449042967' },
		{ email_address_id: 2, email_address: 'test1@test.com', verified: 1, date_added: '1447736880' },
		{ email_address_id: 4, email_address: 'sales@shop.com', verified: 1, date_added: '1447736881' },
	];

	it('lists the allowed addresses, verified first, and marks unverified ones', async () => {
		api.standIn.on('GET', '/email/addresses', page(1, 1, addresses));
		const result = await listSearch(api.standIn.baseUrl, 'searchEmailAddresses');
		expect(result.results).toEqual([
			{ name: 'test1@test.com', value: '2' },
			{ name: 'sales@shop.com', value: '4' },
			{ name: 'test2@test.com (not verified)', value: '3' },
		]);
	});

	it('filters by the search text and reads every page', async () => {
		api.standIn.on('GET', '/email/addresses', (request) =>
			request.query.page === '2' ? page(2, 2, [addresses[2]]) : page(1, 2, addresses.slice(0, 2)),
		);
		const result = await listSearch(api.standIn.baseUrl, 'searchEmailAddresses', 'SHOP');
		expect(result.results).toEqual([{ name: 'sales@shop.com', value: '4' }]);
		expect(api.standIn.requestsTo('GET', '/email/addresses')).toHaveLength(2);
	});
});

describe('Email → Send: values mapped wrongly are refused before any request', () => {
	it.each(BAD_IDS)('a From Address that is %s', async (_name, id, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			items: [{ id }],
			parameters: sendParameters({ fromAddress: byId('={{ $json.id }}') }),
		});
		expect(result.error?.message).toBe(`From Address${message}`);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	const cases: Array<[string, INodeParameters, RegExp]> = [
		[
			'an object mapped into Subject',
			{ subject: '={{ { text: "Hi" } }}' },
			/^Subject received an object \{"text":"Hi"\} instead of text/,
		],
		[
			'a list mapped into Body',
			{ body: '={{ ["<p>a</p>", "<p>b</p>"] }}' },
			/^Body received a list of 2 values instead of text/,
		],
		[
			'an object mapped into From Name',
			{ fromName: '={{ { name: "Shop" } }}' },
			/^From Name received an object \{"name":"Shop"\} instead of text/,
		],
		[
			'an object without an address mapped into To',
			{ to: '={{ { name: "Ann" } }}' },
			/^To received an object \{"name":"Ann"\}, which has no "email"/,
		],
		[
			'a list with a non-address mapped into CC',
			{ options: { cc: '={{ ["test2@test.com", 42] }}' } },
			/^CC "42" is not an email address/,
		],
		[
			'an object mapped into Attachments',
			{ options: { attachments: '={{ { file: "data" } }}' } },
			/^Attachments received an object \{"file":"data"\} instead of text/,
		],
		[
			'an impossible schedule date',
			{ options: { schedule: '2031-02-30T09:00:00Z' } },
			/^Schedule "2031-02-30T09:00:00Z" is not a date \(February 2031 has 28 days\)/,
		],
	];
	it.each(cases)('%s', async (_name, overrides, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(overrides),
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('one To given as { email, name } by an expression is one recipient', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ to: '={{ { email: "test1@test.com", name: "Ann" } }}' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email/send')[0].body).toMatchObject({
			to: [{ email: 'test1@test.com', name: 'Ann' }],
		});
	});

	it('an empty attachment is refused before any email of the run is sent', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { attachments: 'invoice' } }),
			items: [
				{
					json: {},
					binary: {
						invoice: { content: Buffer.from('ok'), fileName: 'a.txt', mimeType: 'text/plain' },
					},
				},
				{
					json: {},
					binary: {
						invoice: { content: Buffer.alloc(0), fileName: 'b.txt', mimeType: 'text/plain' },
					},
				},
			],
		});
		expect(result.error?.message).toBe('Attachments "invoice" is an empty file (0 bytes)');
		expect(result.error?.description).toBeTruthy();
		// Every item is checked before the first request: item 0 (valid) was not sent either.
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email → Send: a failed request is never sent twice, and the error says what was sent', () => {
	/** Answers the `nth` POST /email/send (1-based) with `answer`; the others get the spec's example. */
	function onSend(nth: number, answer: ScriptedResponse): void {
		let count = 0;
		api.standIn.on('POST', '/email/send', () => (++count === nth ? answer : undefined));
	}
	const threeItems = [
		{ email: 'test1@test.com' },
		{ email: 'test2@test.com' },
		{ email: 'test3@test.com' },
	];

	it('a 500 on the second email stops the run: not sent again; item 0 accepted, item 1 may have been, item 2 not sent', async () => {
		onSend(2, failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ to: '={{ $json.email }}' }),
			items: threeItems,
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(result.error?.description).toContain(
			'item 0: accepted by ClickSend; item 1: may have been accepted (the request failed without a clear answer); item 2: not sent',
		);
		expect(
			api.standIn
				.requestsTo('POST', '/email/send')
				.map((request) => (request.body as { to: unknown }).to),
		).toEqual([[{ email: 'test1@test.com' }], [{ email: 'test2@test.com' }]]);
	});

	it('a 200 with INSUFFICIENT_CREDIT is an error carrying the code; nothing of the run was sent', async () => {
		onSend(1, {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'INSUFFICIENT_CREDIT',
				response_msg: 'Not enough credit.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ to: '={{ $json.email }}' }),
			items: threeItems,
		});
		expect(result.error?.message).toBe(
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		);
		expect(result.error?.description).toContain('Nothing of this run was sent.');
		expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(1);
	});

	it.each([
		[
			'an HTML page',
			FAULTS.html(200, 'Service Unavailable'),
			/^The answer did not come from ClickSend's API: HTTP 200 with an HTML page titled "Service Unavailable"/,
		],
		[
			'malformed JSON',
			FAULTS.raw(200, '{"http_code":200,'),
			/^The answer did not come from ClickSend's API: HTTP 200 with a body that is not JSON/,
		],
		[
			'a dropped connection',
			FAULTS.drop,
			/^The connection to ClickSend at .* was dropped before it answered/,
		],
	])(
		'a send answered with %s is not sent again and may have been accepted',
		async (_name, answer, message) => {
			onSend(1, answer);
			const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters() });
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toContain('item 0: may have been accepted');
			expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(1);
		},
	);

	it('a 429 (refused before anything was accepted) is sent again after Retry-After, once', async () => {
		onSend(1, failure(429, 'TOO_MANY_REQUESTS', 'Slow down.', { 'retry-after': '0' }));
		const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters() });
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(2);
		expect(result.items).toHaveLength(1);
	});

	it('with Continue On Fail, the failed email carries its error and the others are sent once each', async () => {
		onSend(2, failure(400, 'INVALID_RECIPIENT', 'Bad address.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ to: '={{ $json.email }}' }),
			items: threeItems,
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email/send')).toHaveLength(3);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(result.items[1].json.error).toBe(
			'The recipient is not a valid number or address (INVALID_RECIPIENT)',
		);
		expect(result.items[2].json).toHaveProperty('message_id');
	});

	it('Calculate Price (sends nothing) is asked again after a 500', async () => {
		api.standIn.on(
			'POST',
			'/email/price',
			failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({}, 'calculatePrice'),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email/price')).toHaveLength(2);
	});
});

describe('Email → Get Many: Limit, dates and pages failing once', () => {
	it.each([0, -1, 'abc'])('rejects Limit %p before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'email', operation: 'getAll', limit },
		});
		expect(result.error?.message).toBe(`Limit "${String(limit)}" is out of range`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('rejects an impossible Sent Before date before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'email', operation: 'getAll', filters: { dateTo: '2031-02-30' } },
		});
		expect(result.error?.message).toBe(
			'Sent Before "2031-02-30" is not a date (February 2031 has 28 days)',
		);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(PAGE_FAULTS)(
		'Return All returns every email once when page 2 fails once with %s',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/email/history',
				pagedList(250, (i) => ({ message_id: `m${i}` })),
			);
			api.standIn.on('GET', '/email/history', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'email', operation: 'getAll', returnAll: true, simplify: false },
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.message_id)).toEqual(
				Array.from({ length: 250 }, (_, i) => `m${i}`),
			);
			expect(
				api.standIn.requestsTo('GET', '/email/history').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
	);
});
