import type { IDataObject } from 'n8n-workflow';

import { failure, pagedList, success } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS, type ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

/**
 * Sub-Account: create, get, get many, update, delete, regenerate API key, and the
 * sub-account picker, against the spec-checked stand-in. API keys in these tests are the ones the
 * stand-in answers with (the spec's examples) or scripted here: never a real key.
 */
const api = useStandIn();

const subaccount = (operation: string, extra: IDataObject = {}) => ({
	resource: 'subaccount',
	operation,
	...extra,
});

const NEW_SUBACCOUNT = {
	apiUsername: 'acme-sms',
	password: 'correct horse battery staple',
	email: 'test1@test.com',
	phoneNumber: '+61 411 111 111',
	firstName: 'Jane',
	lastName: 'Citizen',
};

describe('Sub-Account → Create', () => {
	it('posts /subaccounts with the six required fields and the chosen permissions as 1/0', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('create', {
				...NEW_SUBACCOUNT,
				additionalFields: { accessBilling: false, accessContacts: true, notes: 'Client: Acme' },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/subaccounts')[0].body).toEqual({
			api_username: 'acme-sms',
			password: 'correct horse battery staple',
			email: 'test1@test.com',
			phone_number: '+61411111111',
			first_name: 'Jane',
			last_name: 'Citizen',
			access_billing: 0,
			access_contacts: 1,
			notes: 'Client: Acme',
		});
		// The new sub-account as ClickSend returns it (the stand-in's example), its API key included.
		expect(result.items[0].json).toMatchObject({ subaccount_id: 126, api_key: expect.any(String) });
	});

	it.each([
		['an email that is not one', { email: 'acme' }, /^Email "acme" is not an email address$/],
		[
			'a phone number that is not one',
			{ phoneNumber: 'call me' },
			/^Phone Number "call me" is not a phone number/,
		],
		[
			'a first name mapped as an object',
			{ firstName: '={{ { first: "Jane" } }}' },
			/^First Name received an object/,
		],
		['an API username of spaces', { apiUsername: '   ' }, /^API Username is empty$/],
		[
			'a last name mapped as a list',
			{ lastName: '={{ ["Citizen"] }}' },
			/^Last Name received a list of 1 value/,
		],
	])('%s is refused before any request', async (_name, change, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('create', { ...NEW_SUBACCOUNT, ...change }),
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('a permission mapped as something other than true or false is refused', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('create', {
				...NEW_SUBACCOUNT,
				additionalFields: { accessUsers: '={{ "maybe" }}' },
			}),
		});
		expect(result.error?.message).toBe('Access Users "maybe" is not true or false');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('the password never appears in an error', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('create', { ...NEW_SUBACCOUNT, email: 'not-an-address' }),
		});
		expect(JSON.stringify([result.error?.message, result.error?.description])).not.toContain(
			NEW_SUBACCOUNT.password,
		);
	});

	it.each([
		['a 500', failure(500, 'INTERNAL_ERROR', 'Oops.')],
		['an HTML 502 page', FAULTS.html(502)],
		['a dropped connection', FAULTS.drop],
	])(
		'is never retried after %s, so a sub-account is never created twice',
		async (_name, answer) => {
			api.standIn.on('POST', '/subaccounts', answer);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: subaccount('create', NEW_SUBACCOUNT),
			});
			expect(result.error).toBeDefined();
			expect(api.standIn.requestsTo('POST', '/subaccounts')).toHaveLength(1);
		},
	);

	it('a 200 with ALREADY_EXISTS fails with that code', async () => {
		api.standIn.on('POST', '/subaccounts', {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'ALREADY_EXISTS',
				response_msg: 'Username taken.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('create', NEW_SUBACCOUNT),
		});
		expect(result.error?.message).toBe('ClickSend: Username taken (ALREADY_EXISTS)');
	});
});

describe('Sub-Account → Get', () => {
	it('reads GET /subaccounts/{id}; Simplify (on by default) keeps ten fields and never the API key', async () => {
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('get', { subaccountId: fromList('126') }),
		});
		expect(simple.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/subaccounts/126')).toHaveLength(1);
		expect(Object.keys(simple.items[0].json)).toHaveLength(10);
		expect(simple.items[0].json).toMatchObject({ subaccount_id: 126, api_username: 'johndoe1' });
		expect(simple.items[0].json).not.toHaveProperty('api_key');
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('get', { subaccountId: byId(' 126 '), simplify: false }),
		});
		expect(full.items[0].json).toHaveProperty('api_key');
		expect(full.items[0].json).toHaveProperty('access_sms');
	});

	it('a 200 whose response_code is not SUCCESS is an error carrying the code', async () => {
		api.standIn.on('GET', '/subaccounts/404', {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'NOT_FOUND',
				response_msg: 'No such sub-account.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('get', { subaccountId: byId('404') }),
		});
		expect(result.error?.message).toBe('ClickSend: No such sub-account (NOT_FOUND)');
		expect(result.error?.description).toContain('Check the ID');
	});

	it('a read answered with an HTML 502 page is retried, then succeeds', async () => {
		api.standIn.on(
			'GET',
			'/subaccounts/126',
			{ ...FAULTS.html(502), headers: { 'content-type': 'text/html', 'retry-after': '0' } },
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('get', { subaccountId: byId('126') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/subaccounts/126')).toHaveLength(2);
	});
});

describe('Sub-Account ID checks (every operation with a Sub-Account field)', () => {
	// Mapped by expressions: a literal that is not a number is already refused by n8n's editor
	// check of the By ID mode, before the node runs.
	const cases: Array<[string, unknown, RegExp]> = [
		['empty (a missing mapped value)', '={{ $json.missing }}', /^Sub-Account is empty$/],
		['only spaces', '={{ "   " }}', /^Sub-Account is empty$/],
		['not a number', '={{ "acme" }}', /^Sub-Account "acme" is not a valid ID$/],
		[
			'an unsafe integer',
			'={{ "9007199254740993" }}',
			/^Sub-Account "9007199254740993" is too large to be a ClickSend ID$/,
		],
		['an object', '={{ { id: 126 } }}', /^Sub-Account received an object/],
	];
	const operations: Array<[string, IDataObject]> = [
		['get', {}],
		['update', { updateFields: { notes: 'x' } }],
		['delete', {}],
		['regenerateApiKey', {}],
	];
	it.each(
		operations.flatMap(([operation, extra]) =>
			cases.map(([name, value, message]) => [operation, name, value, message, extra] as const),
		),
	)('%s with a Sub-Account %s sends nothing', async (operation, _name, value, message, extra) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount(operation, { subaccountId: byId(value), ...extra }),
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Sub-Account → Get Many', () => {
	const row = (index: number) => ({ subaccount_id: index + 1, api_username: `client${index + 1}` });
	const all = Array.from({ length: 250 }, (_, index) => index + 1);

	it('lists GET /subaccounts (the spec example when unscripted), at most Limit rows', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('getAll', { limit: 1 }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).not.toHaveProperty('api_key');
		expect(api.standIn.requestsTo('GET', '/subaccounts')[0].query).toEqual({
			page: '1',
			limit: '15',
		});
	});

	it.each([
		['500 on page 2', failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' })],
		['429 without Retry-After on page 2', failure(429, 'TOO_MANY_REQUESTS', 'Slow down.')],
		[
			'an HTML 502 page on page 2',
			{ ...FAULTS.html(502), headers: { 'content-type': 'text/html', 'retry-after': '0' } },
		],
	])(
		'Return All with %s: exactly the 250 sub-accounts, each once',
		async (_name, answer) => {
			api.standIn.on('GET', '/subaccounts', pagedList(250, row));
			api.standIn.on(
				'GET',
				'/subaccounts',
				(request) => (request.query.page === '2' ? (answer as ScriptedResponse) : undefined),
				1,
			);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: subaccount('getAll', { returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.subaccount_id)).toEqual(all);
			expect(
				api.standIn.requestsTo('GET', '/subaccounts').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
		20_000,
	);

	it.each([[0], [-1], ['abc']])('Limit %p is refused before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('getAll', { returnAll: false, limit }) as never,
		});
		expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('a 200 with malformed JSON is an error, not an empty list', async () => {
		api.standIn.on('GET', '/subaccounts', FAULTS.raw(200, '{"data": {"data": ['));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('getAll', { returnAll: true }),
		});
		expect(result.error?.message).toMatch(
			/^The answer did not come from ClickSend's API: HTTP 200 with a body that is not JSON/,
		);
		expect(result.items).toHaveLength(0);
	});
});

describe('Sub-Account → Update', () => {
	it('puts only the changed fields', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('update', {
				subaccountId: byId('59'),
				updateFields: { email: 'test2@test.com', accessReporting: true },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/subaccounts/59')[0].body).toEqual({
			email: 'test2@test.com',
			access_reporting: 1,
		});
		expect(result.items[0].json).toMatchObject({ subaccount_id: 59 });
	});

	it('Update Fields left empty is refused before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('update', { subaccountId: byId('59') }),
		});
		expect(result.error?.message).toBe('Update Fields is empty');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('a changed field is checked like on Create', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('update', {
				subaccountId: byId('59'),
				updateFields: { phoneNumber: '+614111' },
			}),
		});
		expect(result.error?.message).toMatch(/^Phone Number "\+614111" is not a phone number/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Sub-Account → Delete', () => {
	it('deletes with DELETE /subaccounts/{id}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('delete', { subaccountId: fromList('59') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('DELETE', '/subaccounts/59')).toHaveLength(1);
		expect(result.items[0].json).toEqual({
			deleted: true,
			subaccount_id: 59,
			response_msg: 'Subaccount #59 has been deleted',
		});
	});
});

describe('Sub-Account → Regenerate API Key', () => {
	it("puts /subaccounts/{id}/regen-api-key and returns the new key from ClickSend's answer", async () => {
		// A made-up key in ClickSend's format, scripted here: the output must carry what ClickSend sent.
		api.standIn.on(
			'PUT',
			'/subaccounts/74275/regen-api-key',
			success(
				{ api_key: '00000000-1111-2222-3333-444444444444' },
				'Your API Key has been regenerated.',
			),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('regenerateApiKey', { subaccountId: byId('74275') }),
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('PUT', '/subaccounts/74275/regen-api-key');
		expect(request.rawBody).toBe('');
		expect(result.items[0].json).toEqual({
			subaccount_id: 74275,
			api_key: '00000000-1111-2222-3333-444444444444',
			response_msg: 'Your API Key has been regenerated.',
		});
	});

	it("an unscripted answer is the spec example's key", async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: subaccount('regenerateApiKey', { subaccountId: byId('1') }),
		});
		expect(result.items[0].json.api_key).toBe('E72D09F6-AC80-0A5C-F7F0-1A244A377A5C');
	});
});

describe('searchSubaccounts (the Sub-Account picker)', () => {
	it("searches username, names and email with ClickSend's q, and pages on", async () => {
		api.standIn.on(
			'GET',
			'/subaccounts',
			pagedList(150, (index) => ({
				subaccount_id: index + 1,
				first_name: 'Jane',
				last_name: `Client ${index + 1}`,
				api_username: `client${index + 1}`,
			})),
		);
		const found = await listSearch(api.standIn.baseUrl, 'searchSubaccounts', 'jane');
		expect(found.results[0]).toEqual({ name: 'Jane Client 1, client1 (1)', value: '1' });
		expect(found.results).toHaveLength(100);
		expect(found.paginationToken).toBe('2');
		expect(api.standIn.requestsTo('GET', '/subaccounts')[0].query).toEqual({
			q: 'api_username:jane,first_name:jane,last_name:jane,email:jane',
			operator: 'OR',
			page: '1',
			limit: '100',
		});
		const next = await listSearch(
			api.standIn.baseUrl,
			'searchSubaccounts',
			'jane',
			found.paginationToken,
		);
		expect(next.results).toHaveLength(50);
		expect(next.paginationToken).toBeUndefined();
	});
});
