import type { IDataObject } from 'n8n-workflow';

import { failure, pagedList, success } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

/** A return address as ClickSend returns it (ClickSend's API reference, Create Return Address). */
const ADDRESS = {
	return_address_id: 14,
	user_id: 1,
	address_name: 'John Smith',
	address_line_1: 'Maritime Avenue',
	address_line_2: '',
	address_city: 'Flynn',
	address_state: 'WA',
	address_postal_code: '6302',
	address_country: 'AU',
};

const page = (rows: IDataObject[], current = 1, last = 1) =>
	success({
		total: rows.length,
		per_page: 100,
		current_page: current,
		last_page: last,
		next_page_url: null,
		from: 1,
		to: rows.length,
		data: rows,
	});

describe('Return Address → Create', () => {
	it('creates the address with the fields ClickSend expects (country in capitals, empty optional fields left out)', async () => {
		api.standIn.on('POST', '/post/return-addresses', (request) =>
			success(
				{ ...ADDRESS, ...(request.body as IDataObject) },
				'New return address has been added.',
			),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'returnAddress',
				operation: 'create',
				addressName: ' John Smith ',
				addressLine1: 'Maritime Avenue',
				addressCity: 'Flynn',
				addressState: 'WA',
				addressPostalCode: '11111',
				addressCountry: 'au',
			},
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn.requestsTo('POST', '/post/return-addresses').map((request) => request.body),
		).toEqual([
			{
				address_name: 'John Smith',
				address_line_1: 'Maritime Avenue',
				address_city: 'Flynn',
				address_state: 'WA',
				address_postal_code: '11111',
				address_country: 'AU',
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ return_address_id: 14, address_postal_code: '11111' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('refuses a missing city or a country that is not a two-letter code, before any request', async () => {
		const base = {
			resource: 'returnAddress',
			operation: 'create',
			addressName: 'John Smith',
			addressLine1: '1 St',
			addressPostalCode: '11111',
		};
		// An expression that resolves to nothing (n8n itself refuses a field left empty).
		const noCity = await runClickSend(api.standIn.baseUrl, {
			parameters: { ...base, addressCity: '={{ $json.city }}', addressCountry: 'AU' },
		});
		expect(noCity.error?.message).toBe('City is empty');
		const badCountry = await runClickSend(api.standIn.baseUrl, {
			parameters: { ...base, addressCity: 'Perth', addressCountry: 'AUS' },
		});
		// Country goes through assertCountryCode (a code or an English country name); its message.
		expect(badCountry.error?.message).toBe('Country "AUS" is not a country code');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Return Address → Get, Get Many, Delete', () => {
	it('Get returns the address', async () => {
		api.standIn.on('GET', '/post/return-addresses/14', success(ADDRESS));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'returnAddress', operation: 'get', returnAddressId: byId('14') },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: ADDRESS, pairedItem: { item: 0 } }]);
	});

	it('Get Many lists the addresses, one item each', async () => {
		api.standIn.on(
			'GET',
			'/post/return-addresses',
			page([ADDRESS, { ...ADDRESS, return_address_id: 15 }]),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'returnAddress', operation: 'getAll', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/post/return-addresses')[0].query).toEqual({
			page: '1',
			limit: '100',
		});
		expect(result.items.map((item) => [item.json.return_address_id, item.pairedItem])).toEqual([
			[14, { item: 0 }],
			[15, { item: 0 }],
		]);
	});

	it('Delete outputs { deleted: true } with the ID', async () => {
		api.standIn.on(
			'DELETE',
			'/post/return-addresses/14',
			success([], 'Your return address has been deleted.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'returnAddress',
				operation: 'delete',
				returnAddressId: fromList('14'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('DELETE', '/post/return-addresses/14')).toHaveLength(1);
		expect(result.items).toEqual([
			{ json: { deleted: true, return_address_id: 14 }, pairedItem: { item: 0 } },
		]);
	});

	it("Delete of an unknown address surfaces ClickSend's error", async () => {
		api.standIn.on('DELETE', '/post/return-addresses/99', {
			status: 404,
			body: {
				http_code: 404,
				response_code: 'NOT_FOUND',
				response_msg: 'Resource not found.',
				data: [],
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'returnAddress', operation: 'delete', returnAddressId: byId('99') },
		});
		expect(result.error?.message).toContain('NOT_FOUND');
	});
});

describe('Return Address → Update', () => {
	it('reads the address, changes the given fields and sends the whole address', async () => {
		api.standIn.on('GET', '/post/return-addresses/14', success(ADDRESS));
		api.standIn.on('PUT', '/post/return-addresses/14', (request) =>
			success(
				{ ...ADDRESS, ...(request.body as IDataObject) },
				'Your return address has been updated.',
			),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'returnAddress',
				operation: 'update',
				returnAddressId: byId('14'),
				updateFields: { addressLine1: '123 Test St', addressPostalCode: '11111' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn.requestsTo('PUT', '/post/return-addresses/14').map((request) => request.body),
		).toEqual([
			{
				address_name: 'John Smith',
				address_line_1: '123 Test St',
				address_city: 'Flynn',
				address_state: 'WA',
				address_postal_code: '11111',
				address_country: 'AU',
			},
		]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ address_line_1: '123 Test St' }), pairedItem: { item: 0 } },
		]);
	});

	it('refuses an update without fields, before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'returnAddress',
				operation: 'update',
				returnAddressId: byId('14'),
				updateFields: {},
			},
		});
		expect(result.error?.message).toBe('Update Fields is empty');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('refuses a country changed to something that is not a two-letter code, without sending the change', async () => {
		api.standIn.on('GET', '/post/return-addresses/14', success(ADDRESS));
		// "Australia" is now read as AU (see below); a name that is no country is refused.
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'returnAddress',
				operation: 'update',
				returnAddressId: byId('14'),
				updateFields: { addressCountry: 'Australasia' },
			},
		});
		expect(result.error?.message).toBe('Country "Australasia" is not a country code');
		expect(api.standIn.requestsTo('PUT', '/post/return-addresses/14')).toHaveLength(0);
	});

	it('a country changed to an English country name is sent as its two-letter code', async () => {
		api.standIn.on('GET', '/post/return-addresses/14', success(ADDRESS));
		api.standIn.on('PUT', '/post/return-addresses/14', (request) =>
			success({ ...ADDRESS, ...(request.body as IDataObject) }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'returnAddress',
				operation: 'update',
				returnAddressId: byId('14'),
				updateFields: { addressCountry: 'New Zealand' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/post/return-addresses/14')[0].body).toMatchObject({
			address_country: 'NZ',
		});
	});
});

describe('Return Address dropdown (Letter, Postcard)', () => {
	it('lists the return addresses by name, line 1 and city, filtered by the search text', async () => {
		api.standIn.on(
			'GET',
			'/post/return-addresses',
			page([
				ADDRESS,
				{ ...ADDRESS, return_address_id: 15, address_name: 'Warehouse', address_city: 'Perth' },
			]),
		);
		const all = await listSearch(api.standIn.baseUrl, 'searchReturnAddresses', '', undefined);
		expect(all.results).toEqual([
			{ name: 'John Smith, Maritime Avenue, Flynn (14)', value: '14' },
			{ name: 'Warehouse, Maritime Avenue, Perth (15)', value: '15' },
		]);
		expect(all.paginationToken).toBeUndefined();
		const filtered = await listSearch(
			api.standIn.baseUrl,
			'searchReturnAddresses',
			'perth',
			undefined,
		);
		expect(filtered.results).toEqual([
			{ name: 'Warehouse, Maritime Avenue, Perth (15)', value: '15' },
		]);
	});
});

describe('Return Address: IDs checked before any request', () => {
	// Mapped by expressions: a typed value that is not digits is already refused by the field itself.
	const badIds: Array<[string, string, string]> = [
		['empty', '={{ $json.missing }}', 'Return Address is empty'],
		['whitespace', '={{ "  " }}', 'Return Address is empty'],
		['not numeric', '={{ "14; DROP" }}', 'Return Address "14; DROP" is not a valid ID'],
		['zero', '0', 'Return Address "0" is not a valid ID'],
		[
			'an unsafe integer',
			'9007199254740993',
			'Return Address "9007199254740993" is too large to be a ClickSend ID',
		],
		[
			'an object',
			'={{ { id: 14 } }}',
			'Return Address received an object {"id":14} instead of text',
		],
		['a list', '={{ [14, 15] }}', 'Return Address received a list of 2 values instead of text'],
	];
	const cases = ['get', 'delete', 'update'].flatMap((operation) =>
		badIds.map(([name, value, message]) => [operation, name, value, message]),
	);

	it.each(cases)(
		'%s with a Return Address that is %s sends nothing',
		async (operation, _name, value, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: {
					resource: 'returnAddress',
					operation,
					returnAddressId: byId(value),
					updateFields: { addressCity: 'Perth' },
				},
			});
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toBeTruthy();
			expect(api.standIn.requests).toHaveLength(0);
		},
	);
});

describe('Return Address → Create: values mapped by expressions and faults', () => {
	const create = (extra: IDataObject = {}) => ({
		resource: 'returnAddress',
		operation: 'create',
		addressName: 'John Smith',
		addressLine1: '123 Test St',
		addressCity: 'Perth',
		addressPostalCode: '={{ $json.postcode }}',
		addressCountry: 'Australia',
		...extra,
	});

	it.each([
		[
			'an object into Postal Code',
			{ postcode: { code: 6000 } },
			'Postal Code received an object {"code":6000} instead of text',
		],
		[
			'a list into Postal Code',
			{ postcode: ['6000', '6001'] },
			'Postal Code received a list of 2 values instead of text',
		],
	])('refuses %s before any request', async (_name, item, message) => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: create(), items: [item] });
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('sends a numeric postal code as text and a country name as its code', async () => {
		api.standIn.on('POST', '/post/return-addresses', (request) =>
			success({ ...ADDRESS, ...(request.body as IDataObject) }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: create(),
			items: [{ postcode: 6000 }],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/post/return-addresses')[0].body).toMatchObject({
			address_postal_code: '6000',
			address_country: 'AU',
		});
	});

	it('a create answered 500 is not sent again (it may have created the address)', async () => {
		api.standIn.on(
			'POST',
			'/post/return-addresses',
			failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: create(),
			items: [{ postcode: '6000' }],
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(api.standIn.requestsTo('POST', '/post/return-addresses')).toHaveLength(1);
	});
});

describe('Return Address → Get, Get Many: faults', () => {
	it.each([
		[
			'a non-SUCCESS response_code',
			failure(200, 'FORBIDDEN', 'Access denied.'),
			'ClickSend: Access denied (FORBIDDEN)',
		],
		[
			'an HTML page',
			FAULTS.html(200, 'Maintenance'),
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		],
		[
			'malformed JSON',
			FAULTS.raw(200, '{"data":{'),
			'The answer did not come from ClickSend\'s API: HTTP 200 with a body that is not JSON: "{"data":{" (NOT_CLICKSEND_ANSWER)',
		],
	])('Get answered 200 with %s is an error carrying the code', async (_name, answer, message) => {
		api.standIn.on('GET', '/post/return-addresses/14', answer);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'returnAddress', operation: 'get', returnAddressId: byId('14') },
		});
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requestsTo('GET', '/post/return-addresses/14')).toHaveLength(1);
	});

	it.each([[0], [-1], ['abc']])(
		'Get Many with Limit %p is refused before any request',
		async (limit) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'returnAddress', operation: 'getAll', returnAll: false, limit },
			});
			expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it('Get Many with Return All and an HTML 502 page on page 2: exactly the 150 addresses, each once', async () => {
		api.standIn.on(
			'GET',
			'/post/return-addresses',
			pagedList(150, (index) => ({ ...ADDRESS, return_address_id: index + 1 })),
		);
		api.standIn.on(
			'GET',
			'/post/return-addresses',
			(request) => (request.query.page === '2' ? FAULTS.html(502) : undefined),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'returnAddress', operation: 'getAll', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.return_address_id)).toEqual(
			Array.from({ length: 150 }, (_, index) => index + 1),
		);
		expect(
			api.standIn.requestsTo('GET', '/post/return-addresses').map((request) => request.query.page),
		).toEqual(['1', '2', '2']);
	});
});
