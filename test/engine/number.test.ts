import { runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

function page(current: number, last: number, rows: object[], extra: object = {}) {
	return {
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here are some numbers.',
			data: { total: rows.length, per_page: 100, current_page: current, last_page: last, to: rows.length, data: rows, ...extra },
		},
	};
}

const AVAILABLE = [
	{ country: 'AU', dedicated_number: '+61411111111', price_setup: '0.0000', price_monthly: '20.7100', price_total: '20.7100' },
	{ country: 'AU', dedicated_number: '+61422222222', price_setup: '5.0000', price_monthly: '20.7100', price_total: '25.7100' },
];
const CURRENCY = { _currency: { currency_name_short: 'AUD' } };

describe('Number → Get Many', () => {
	it('lists GET /numbers, one item per number, filtered by country across pages', async () => {
		api.standIn.on('GET', '/numbers', (request) =>
			page(Number(request.query.page), 2, [{ dedicated_number: `+6141111111${String(request.query.page)}`, country: 'AU' }]),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'getAll', returnAll: true, filters: { country: 'au' } },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.dedicated_number)).toEqual(['+61411111111', '+61411111112']);
		const requests = api.standIn.requestsTo('GET', '/numbers');
		// The filter stays on every page.
		expect(requests.map((request) => request.query)).toEqual([
			{ q: 'country:AU', page: '1', limit: '100' },
			{ q: 'country:AU', page: '2', limit: '100' },
		]);
	});

	it('pairs every number with the input item whose request listed it', async () => {
		api.standIn.on('GET', '/numbers', (request) =>
			page(1, 1, [{ dedicated_number: `+61400000001`, country: String(request.query.q).slice(8) }, { dedicated_number: `+61400000002` }]),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'number', operation: 'getAll', returnAll: true, filters: { country: '={{ $json.country }}' } },
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
		const result = await runClickSend(api.standIn.baseUrl, { parameters: { resource: 'number', operation: 'getAll', limit: 1 } });
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
		expect(result.items.map((item) => item.json.dedicated_number)).toEqual(['+61411111111', '+61422222222']);
		expect(api.standIn.requestsTo('GET', '/numbers/search/AU')[0].query).toEqual({ search: '0411', search_type: '0', page: '1', limit: '15' });
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
		dedicatedNumber: { __rl: true, mode: 'id', value },
		type: 'sms',
	});

	it('posts /numbers/buy/{number} with the number and type in the body (as the spec requires)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buyParameters('+61 411 111 111') });
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/numbers/buy/%2B61411111111');
		// The seed docs send no body; the spec requires {dedicated_number, type}.
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
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buyParameters('+61411111111') });
		expect(result.error?.message).toBe('ClickSend: INTERNAL_ERROR - Oops.');
		expect(api.standIn.requestsTo('POST', /^\/numbers\/buy\//)).toHaveLength(1);
	});

	it('rejects a number that is not a phone number before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: buyParameters('my number') });
		expect(result.error?.message).toMatch(/^Number "my number" is not a phone number/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('searchAvailableNumbers', () => {
	it('lists the numbers of the chosen country with their prices, filtered by digits, page by page', async () => {
		api.standIn.on('GET', '/numbers/search/AU', page(1, 3, AVAILABLE, CURRENCY));
		const result = await listSearch(api.standIn.baseUrl, 'searchAvailableNumbers', '411', undefined, { country: 'au' });
		expect(result.results).toEqual([
			{ name: '+61411111111 (setup 0.0000, 20.7100 AUD/month)', value: '+61411111111' },
			{ name: '+61422222222 (setup 5.0000, 20.7100 AUD/month)', value: '+61422222222' },
		]);
		expect(result.paginationToken).toBe('2');
		expect(api.standIn.requestsTo('GET', '/numbers/search/AU')[0].query).toMatchObject({ search: '411', search_type: '1', page: '1' });
	});

	it('asks for a Country first', async () => {
		await expect(listSearch(api.standIn.baseUrl, 'searchAvailableNumbers', undefined, undefined, {})).rejects.toThrow(
			'Choose a Country first',
		);
		expect(api.standIn.requests).toHaveLength(0);
	});
});
