import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { failure, pagedList } from '../harness/answers';
import { byId, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS, type ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

function page(current: number, last: number, rows: object[], extra: object = {}) {
	return {
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here are some numbers.',
			data: {
				total: rows.length,
				per_page: 100,
				current_page: current,
				last_page: last,
				to: rows.length,
				data: rows,
				...extra,
			},
		},
	};
}

const AVAILABLE = [
	{
		country: 'AU',
		dedicated_number: '+61411111111',
		price_setup: '0.0000',
		price_monthly: '20.7100',
		price_total: '20.7100',
	},
	{
		country: 'AU',
		dedicated_number: '+61422222222',
		price_setup: '5.0000',
		price_monthly: '20.7100',
		price_total: '25.7100',
	},
];
const CURRENCY = { _currency: { currency_name_short: 'AUD' } };

describe('Number → Get Many', () => {
	it('lists GET /numbers, one item per number, filtered by country across pages', async () => {
		api.standIn.on('GET', '/numbers', (request) =>
			page(Number(request.query.page), 2, [
				{ dedicated_number: `+6141111111${String(request.query.page)}`, country: 'AU' },
			]),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'number',
				operation: 'getAll',
				returnAll: true,
				filters: { country: 'au' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.dedicated_number)).toEqual([
			'+61411111111',
			'+61411111112',
		]);
		const requests = api.standIn.requestsTo('GET', '/numbers');
		// The filter stays on every page.
		expect(requests.map((request) => request.query)).toEqual([
			{ q: 'country:AU', page: '1', limit: '100' },
			{ q: 'country:AU', page: '2', limit: '100' },
		]);
	});

	it('pairs every number with the input item whose request listed it', async () => {
		api.standIn.on('GET', '/numbers', (request) =>
			page(1, 1, [
				{ dedicated_number: `+61400000001`, country: String(request.query.q).slice(8) },
				{ dedicated_number: `+61400000002` },
			]),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'number',
				operation: 'getAll',
				returnAll: true,
				filters: { country: '={{ $json.country }}' },
			},
			items: [{ country: 'AU' }, { country: 'NZ' }],
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.country, item.pairedItem])).toEqual([
			['AU', { item: 0 }],
			[undefined, { item: 0 }],
			['NZ', { item: 1 }],
			[undefined, { item: 1 }],
		]);
	});

	it('answers with the spec example when ClickSend is not scripted', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'getAll', limit: 1 },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toHaveProperty('dedicated_number');
		expect(api.standIn.requestsTo('GET', '/numbers')[0].query).toEqual({ page: '1', limit: '15' });
	});
});

describe('Number → Search Available', () => {
	it('reads /numbers/search/{country} with the digit search and where to match', async () => {
		api.standIn.on('GET', '/numbers/search/AU', page(1, 1, AVAILABLE, CURRENCY));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'number',
				operation: 'searchAvailable',
				country: ' au ',
				limit: 10,
				filters: { search: '04-11', searchType: 0 },
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.dedicated_number)).toEqual([
			'+61411111111',
			'+61422222222',
		]);
		expect(api.standIn.requestsTo('GET', '/numbers/search/AU')[0].query).toEqual({
			search: '0411',
			search_type: '0',
			page: '1',
			limit: '15',
		});
		expect(result.items.every((item) => item.pairedItem !== undefined)).toBe(true);
	});

	it('rejects a country that is not a two-letter code before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'searchAvailable', country: 'Australia' },
		});
		expect(result.error?.message).toMatch(/^Country "Australia" is not a two-letter country code/);
		expect(result.error?.description).toContain('AU');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Number → Buy', () => {
	const buyParameters = (value: string) => ({
		resource: 'number',
		operation: 'buy',
		country: 'AU',
		dedicatedNumber: byId(value),
		type: 'sms',
	});

	it('posts /numbers/buy/{number} with the number and type in the body (as the spec requires)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: buyParameters('+61 411 111 111'),
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/numbers/buy/%2B61411111111');
		// ClickSend's API reference sends no body; the spec requires {dedicated_number, type}.
		expect(request.body).toEqual({ dedicated_number: '+61411111111', type: 'sms' });
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[0].json).toHaveProperty('dedicated_number');
	});

	it('is never retried after a server error, so a number is never bought twice', async () => {
		api.standIn.on('POST', /^\/numbers\/buy\//, {
			status: 500,
			body: { http_code: 500, response_code: 'INTERNAL_ERROR', response_msg: 'Oops.', data: null },
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: buyParameters('+61411111111'),
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(api.standIn.requestsTo('POST', /^\/numbers\/buy\//)).toHaveLength(1);
	});

	it('rejects a number that is not a phone number before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: buyParameters('my number'),
		});
		expect(result.error?.message).toMatch(/^Number "my number" is not a phone number/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('searchAvailableNumbers', () => {
	it('lists the numbers of the chosen country with their prices, filtered by digits, page by page', async () => {
		api.standIn.on('GET', '/numbers/search/AU', page(1, 3, AVAILABLE, CURRENCY));
		const result = await listSearch(
			api.standIn.baseUrl,
			'searchAvailableNumbers',
			'411',
			undefined,
			{ country: 'au' },
		);
		expect(result.results).toEqual([
			{ name: '+61411111111 (setup 0.0000, 20.7100 AUD/month)', value: '+61411111111' },
			{ name: '+61422222222 (setup 5.0000, 20.7100 AUD/month)', value: '+61422222222' },
		]);
		expect(result.paginationToken).toBe('2');
		expect(api.standIn.requestsTo('GET', '/numbers/search/AU')[0].query).toMatchObject({
			search: '411',
			search_type: '1',
			page: '1',
		});
	});

	it('asks for a Country first', async () => {
		await expect(
			listSearch(api.standIn.baseUrl, 'searchAvailableNumbers', undefined, undefined, {}),
		).rejects.toThrow('Choose a Country first');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

/* Failure classes of the one request path (issue 9), for every Number operation. */

const numberRow = (index: number) => ({
	dedicated_number: `+614000${String(index).padStart(5, '0')}`,
	country: 'AU',
	type: 'sms',
});
const numbersOf = (result: Awaited<ReturnType<typeof runClickSend>>) =>
	result.items.map((item) => item.json.dedicated_number);

describe('Number → Get Many under faults and bad input', () => {
	const allNumbers = Array.from({ length: 250 }, (_, index) => numberRow(index).dedicated_number);

	it.each([
		['500 on page 2', failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' })],
		['429 without Retry-After on page 2', failure(429, 'TOO_MANY_REQUESTS', 'Slow down.')],
		[
			'an HTML 502 page on page 2',
			{ ...FAULTS.html(502), headers: { 'content-type': 'text/html', 'retry-after': '0' } },
		],
	])(
		'Return All with %s: exactly the 250 numbers, each once; page 2 asked again as page 2',
		async (_name, answer) => {
			api.standIn.on('GET', '/numbers', pagedList(250, numberRow));
			api.standIn.on(
				'GET',
				'/numbers',
				(request) => (request.query.page === '2' ? (answer as ScriptedResponse) : undefined),
				1,
			);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'number', operation: 'getAll', returnAll: true },
			});
			expect(result.error).toBeUndefined();
			expect(numbersOf(result)).toEqual(allNumbers);
			expect(
				api.standIn.requestsTo('GET', '/numbers').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
		20_000,
	);

	it.each([[0], [-1], ['abc']])('Limit %p is refused before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'getAll', returnAll: false, limit } as never,
		});
		expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		['an object', '={{ { code: "AU" } }}', /^Filters → Country received an object/],
		['a list', '={{ ["AU", "NZ"] }}', /^Filters → Country received a list of 2 values/],
		[
			'a country name',
			'Australia',
			/^Filters → Country "Australia" is not a two-letter country code/,
		],
		['an unknown code', 'XQ', /^Filters → Country "XQ" is not a country code/],
	])('Filters → Country with %s is refused before any request', async (_name, country, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'number',
				operation: 'getAll',
				returnAll: true,
				filters: { country },
			},
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Filters → Country left blank lists every number', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'number',
				operation: 'getAll',
				returnAll: true,
				filters: { country: '  ' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/numbers')[0].query).toEqual({ page: '1', limit: '100' });
	});

	it('Simplify (on by default) keeps the main fields; off returns all eleven', async () => {
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'getAll', returnAll: true },
		});
		expect(Object.keys(simple.items[0].json).sort()).toEqual([
			'country',
			'dedicated_number',
			'notes',
			'number_guid',
			'number_type',
			'price',
			'status',
			'type',
		]);
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'getAll', returnAll: true, simplify: false },
		});
		expect(Object.keys(full.items[0].json)).toHaveLength(11);
		expect(full.items[0].json).toHaveProperty('_country_name', 'Australia');
	});

	it.each([
		[
			'a 200 whose response_code is not SUCCESS',
			{
				status: 200,
				body: {
					http_code: 200,
					response_code: 'FORBIDDEN',
					response_msg: 'No access.',
					data: null,
				},
			},
			'ClickSend: No access (FORBIDDEN)',
		],
		[
			'a 200 with an HTML page',
			FAULTS.raw(200, '<html><head><title>Login</title></head></html>', 'text/html'),
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Login" (NOT_CLICKSEND_ANSWER)',
		],
		[
			'a 200 with malformed JSON',
			FAULTS.raw(200, '{"http_code": 200, "data": [', 'application/json'),
			'(NOT_CLICKSEND_ANSWER)',
		],
	])('%s is an error carrying the code, not an empty list', async (_name, answer, message) => {
		api.standIn.on('GET', '/numbers', answer as ScriptedResponse);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'getAll', returnAll: true },
		});
		expect(result.error?.message).toContain(message);
		expect(result.items).toHaveLength(0);
		expect(api.standIn.requestsTo('GET', '/numbers')).toHaveLength(1);
	});
});

describe('Number → Search Available: bad input', () => {
	it.each([
		['empty (a missing mapped value)', '={{ $json.missing }}', /^Country is empty/],
		['only spaces', '   ', /^Country is empty/],
		['an object', '={{ { code: "AU" } }}', /^Country received an object/],
	])('Country %s is refused before any request', async (_name, country, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'searchAvailable', country },
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		['an object', '={{ { digits: 411 } }}', /^Filters → Digits received an object/],
		['text without digits', 'abc', /^Filters → Digits "abc" has no digits/],
	])('Filters → Digits with %s is refused before any request', async (_name, search, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'number',
				operation: 'searchAvailable',
				country: 'AU',
				filters: { search },
			},
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Return All walks every page of the country', async () => {
		api.standIn.on(
			'GET',
			'/numbers/search/GB',
			pagedList(130, (index) => ({ ...numberRow(index), country: 'GB' })),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'number',
				operation: 'searchAvailable',
				country: 'gb',
				returnAll: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(130);
		expect(
			api.standIn.requestsTo('GET', '/numbers/search/GB').map((request) => request.query.page),
		).toEqual(['1', '2']);
	});
});

describe('Number → Buy: nothing bought twice, nothing bought from bad input', () => {
	const buy = (value: string, extra: IDataObject = {}) => ({
		resource: 'number',
		operation: 'buy',
		dedicatedNumber: byId(value),
		type: 'sms',
		...extra,
	});
	const buyRequests = () => api.standIn.requestsTo('POST', /^\/numbers\/buy\//);

	it.each([
		['empty (a missing mapped value)', '={{ $json.missing }}', /^Number is empty/],
		['only spaces', '   ', /^Number is empty/],
		['an object', '={{ { number: "+61411111111" } }}', /^Number received an object/],
		['an unsafe integer', '9007199254740993', /^Number "9007199254740993" is not a phone number/],
		['a list', '={{ ["+61411111111"] }}', /^Number received a list of 1 value/],
	])('Number %s is refused before any request', async (_name, value, message) => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buy(value) });
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('an HTML 502 page is not retried (the number may be bought) and is summarised, not dumped', async () => {
		api.standIn.on('POST', /^\/numbers\/buy\//, FAULTS.html(502));
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buy('+61411111111') });
		expect(result.error?.message).toBe(
			'ClickSend or a server in between answered with an error: HTTP 502 with an HTML page titled "502 Bad Gateway" (HTTP_ERROR)',
		);
		expect(result.error?.message).not.toContain('<html');
		expect(buyRequests()).toHaveLength(1);
	});

	it('a dropped connection is not retried and says ClickSend may have accepted the purchase', async () => {
		api.standIn.on('POST', /^\/numbers\/buy\//, FAULTS.drop);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buy('+61411111111') });
		expect(result.error?.description).toContain('may have accepted');
		expect(buyRequests()).toHaveLength(1);
	});

	it('429 without Retry-After (refused before processing) is asked again, and the number is bought once', async () => {
		api.standIn.on('POST', /^\/numbers\/buy\//, failure(429, 'TOO_MANY_REQUESTS', 'Slow down.'), 1);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buy('+61411111111') });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(buyRequests()).toHaveLength(2);
	}, 10_000);

	it('a 200 with INSUFFICIENT_CREDIT fails with that code and its meaning', async () => {
		api.standIn.on('POST', /^\/numbers\/buy\//, {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'INSUFFICIENT_CREDIT',
				response_msg: 'Not enough credit.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buy('+61411111111') });
		expect(result.error?.message).toBe(
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		);
		expect(result.error?.description).toContain('Top up in the ClickSend dashboard');
		expect(buyRequests()).toHaveLength(1);
	});

	it('two items buy two numbers, one request each, each output paired with its item', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: buy('={{ $json.number }}'),
			items: [{ number: '+61411111111' }, { number: '+61422222222' }],
		});
		expect(result.error).toBeUndefined();
		expect(buyRequests().map((request) => request.path)).toEqual([
			'/numbers/buy/%2B61411111111',
			'/numbers/buy/%2B61422222222',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe("Number → Buy with Registration Data (the spec's registration_data)", () => {
	const business = {
		businessName: 'Acme Pty Ltd',
		businessAddress: '242 Exhibition Street',
		suburb: 'Melbourne',
		state: 'Victoria',
		postcode: '3000',
		contactName: 'Jane Citizen',
		contactNumber: '+61 411 111 111',
		country: 'Australia',
	};
	const buy = (values: INodeParameters) => ({
		resource: 'number',
		operation: 'buy',
		dedicatedNumber: byId('+61411111111'),
		type: 'mms',
		registrationData: { business: values },
	});

	it("sends registration_data with the spec's eight fields (checked by the contract)", async () => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buy(business) });
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/numbers/buy/%2B61411111111')[0].body).toEqual({
			dedicated_number: '+61411111111',
			type: 'mms',
			registration_data: {
				business_name: 'Acme Pty Ltd',
				business_address: '242 Exhibition Street',
				suburb: 'Melbourne',
				state: 'Victoria',
				postcode: '3000',
				contact_name: 'Jane Citizen',
				contact_number: '+61411111111',
				country: 'AU',
			},
		});
	});

	it.each([
		[
			'a one-letter business name',
			{ businessName: 'A' },
			/^Registration Data → Business Name has 1 character$/,
		],
		[
			'an empty postcode (a missing mapped value)',
			{ postcode: '={{ $json.missing }}' },
			/^Registration Data → Postcode is empty$/,
		],
		[
			'an address mapped as an object',
			{ businessAddress: '={{ { street: "242 Exhibition Street" } }}' },
			/^Registration Data → Business Address received an object/,
		],
		[
			'a local contact number',
			{ contactNumber: '0411111111' },
			/^Registration Data → Contact Number "0411111111" is not in international format$/,
		],
		[
			'a country that is no country',
			{ country: 'Atlantis' },
			/^Registration Data → Business Country "Atlantis" is not a country code$/,
		],
	] as Array<[string, INodeParameters, RegExp]>)(
		'%s is refused before anything is bought',
		async (_name, change, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: buy({ ...business, ...change }),
			});
			expect(result.error?.message).toMatch(message);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);
});
