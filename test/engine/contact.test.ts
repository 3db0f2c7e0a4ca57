import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { BAD_IDS, failure, NOT_SUCCESS_200, pagedList, success } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS, type ClickSendStandIn, type RecordedRequest } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';
import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';

const api = useStandIn();
let standIn: ClickSendStandIn;
beforeEach(() => {
	standIn = api.standIn;
});

function contact(contact_id: number, fields: IDataObject = {}): IDataObject {
	return {
		contact_id,
		list_id: 428,
		phone_number: `+614111${String(contact_id).padStart(5, '0')}`,
		first_name: 'John',
		last_name: 'Doe',
		custom_1: '',
		custom_2: '',
		custom_3: '',
		custom_4: '',
		date_added: 1436157486,
		date_updated: 1436157486,
		fax_number: null,
		organization_name: null,
		email: null,
		address_line_1: null,
		address_line_2: null,
		address_city: null,
		address_state: null,
		address_postal_code: null,
		address_country: null,
		_list_name: 'Customers',
		...fields,
	};
}

/** One page of GET /lists/{id}/contacts as ClickSend answers it. */
function contactsPage(page: number, lastPage: number, rows: IDataObject[], perPage = 100) {
	const from = (page - 1) * perPage + 1;
	return success({
		total: (lastPage - 1) * perPage + rows.length,
		per_page: perPage,
		current_page: page,
		last_page: lastPage,
		next_page_url:
			page < lastPage ? `https://rest.clicksend.com/v3/lists/428/contacts?page=${page + 1}` : null,
		prev_page_url: null,
		from,
		to: from + rows.length - 1,
		data: rows,
	});
}

function rows(count: number, firstId: number): IDataObject[] {
	return Array.from({ length: count }, (_, n) => contact(firstId + n));
}

const body = (request: RecordedRequest) => request.body as IDataObject;

describe('Contact → Create', () => {
	it('POSTs the contact fields (numbers cleaned, empty fields left out) to the chosen list', async () => {
		standIn.on('POST', '/lists/428/contacts', (request) =>
			success(contact(552786, body(request)), 'New contact has been created.'),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'create',
				listId: fromList('428'),
				contactFields: {
					phone_number: '+61 411 111 111',
					first_name: 'John',
					email: 'test1@test.com',
					last_name: '',
				},
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = standIn.requestsTo('POST', '/lists/428/contacts');
		expect(request.body).toEqual({
			phone_number: '+61411111111',
			first_name: 'John',
			email: 'test1@test.com',
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			contact_id: 552786,
			phone_number: '+61411111111',
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('creates one contact per input item, each paired with its item', async () => {
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(1, body(request))));
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ phone: '+61411111111' }, { phone: '+61422222222' }],
			parameters: {
				resource: 'contact',
				operation: 'create',
				listId: byId('428'),
				contactFields: { phone_number: '={{ $json.phone }}' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(
			standIn
				.requestsTo('POST', '/lists/428/contacts')
				.map((request) => body(request).phone_number),
		).toEqual(['+61411111111', '+61422222222']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses a contact with neither phone number, email nor fax number, before any request', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'create',
				listId: byId('428'),
				contactFields: { first_name: 'John' },
			},
		});
		expect(result.error?.message).toBe('The contact has no phone number, email or fax number');
		expect(result.error?.description).toContain('Fill in Phone Number, Email or Fax Number');
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses a phone number that cannot be one, naming the field', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'create',
				listId: byId('428'),
				contactFields: { phone_number: 'call me maybe' },
			},
		});
		expect(result.error?.message).toBe(
			'Contact Fields → Phone Number "call me maybe" is not a phone number',
		);
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses an email that is not one, naming the field', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'create',
				listId: byId('428'),
				contactFields: { email: 'test1.test.com' },
			},
		});
		expect(result.error?.message).toBe(
			'Contact Fields → Email "test1.test.com" is not an email address',
		);
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses a list ID that is not numeric (from an expression; the editor checks typed IDs)', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ list: 'customers' }],
			parameters: {
				resource: 'contact',
				operation: 'create',
				listId: byId('={{ $json.list }}'),
				contactFields: { phone_number: '+61411111111' },
			},
		});
		expect(result.error?.message).toBe('List "customers" is not a valid ID');
		expect(result.error?.description).toContain('positive whole number');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact → Create: Phone Number, Email and Fax Number as their own fields', () => {
	const create = (parameters: IDataObject) => ({
		resource: 'contact',
		operation: 'create',
		listId: byId('428'),
		...parameters,
	});
	const echo = () =>
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(7, body(request))));

	it('the form shows them for Create only, right after List and before Contact Fields', () => {
		const { properties } = new ClickSend().description;
		const shownFor = (name: string) =>
			properties
				.filter((property) => property.name === name)
				.filter((property) => property.displayOptions?.show?.resource?.includes('contact'))
				.map((property) => property.displayOptions?.show?.operation);
		for (const name of ['phoneNumber', 'email', 'faxNumber'])
			expect(shownFor(name)).toEqual([['create']]);
		const create = properties
			.filter((property) => property.displayOptions?.show?.operation?.includes('create'))
			.filter((property) => property.displayOptions?.show?.resource?.includes('contact'))
			.map((property) => property.name);
		expect(create.slice(1)).toEqual([
			'listId',
			'phoneNumber',
			'email',
			'faxNumber',
			'contactFields',
		]);
	});

	it("sends them as ClickSend's phone_number, email and fax_number, with the other Contact Fields", async () => {
		echo();
		const result = await runClickSend(standIn.baseUrl, {
			parameters: create({
				phoneNumber: '0411 111 111',
				email: 'test1@test.com',
				faxNumber: '+61261111111',
				contactFields: { first_name: 'John', address_country: 'AU' },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/lists/428/contacts').map(body)).toEqual([
			{
				phone_number: '0411111111',
				email: 'test1@test.com',
				fax_number: '+61261111111',
				first_name: 'John',
				address_country: 'AU',
			},
		]);
		expect(result.items[0].json).toMatchObject({ contact_id: 7, email: 'test1@test.com' });
	});

	it.each([
		[
			'a workflow saved before them (the number under Contact Fields, no own fields) creates the same contact',
			{ contactFields: { phone_number: '+61411111111', email: 'test1@test.com' } },
		],
		[
			'mixes both: Email in its own field, the phone number still under Contact Fields',
			{ email: 'test1@test.com', contactFields: { phone_number: '+61411111111' } },
		],
	])('%s', async (_name, saved) => {
		echo();
		const result = await runClickSend(standIn.baseUrl, { parameters: create(saved) });
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/lists/428/contacts').map(body)).toEqual([
			{ phone_number: '+61411111111', email: 'test1@test.com' },
		]);
	});

	it('the same value in both places is sent once; two different values are refused before any request, naming both', async () => {
		echo();
		const same = await runClickSend(standIn.baseUrl, {
			parameters: create({
				phoneNumber: '+61411111111',
				contactFields: { phone_number: '+61411111111' },
			}),
		});
		expect(same.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/lists/428/contacts').map(body)).toEqual([
			{ phone_number: '+61411111111' },
		]);
		const twice = await runClickSend(standIn.baseUrl, {
			parameters: create({
				phoneNumber: '+61411111111',
				contactFields: { phone_number: '+61422222222' },
			}),
		});
		expect(twice.error?.message).toBe(
			'Phone Number is set twice: "+61411111111", and "+61422222222" under Contact Fields',
		);
		expect(twice.error?.description).toBe(
			'Keep one of them: clear Phone Number, or remove Phone Number from Contact Fields.',
		);
		expect(standIn.requestsTo('POST', '/lists/428/contacts')).toHaveLength(1);
	});

	it('checks them like Contact Fields, naming the field as the form shows it; an empty contact says which fields to fill in', async () => {
		const bad = await runClickSend(standIn.baseUrl, {
			items: [{ phone: 'call me maybe' }, { mail: { address: 'x' } }, {}],
			continueOnFail: true,
			parameters: create({
				phoneNumber: '={{ $json.phone }}',
				email: '={{ $json.mail }}',
				contactFields: { first_name: 'John' },
			}),
		});
		expect(bad.items.map((item) => item.json.error)).toEqual([
			'Phone Number "call me maybe" is not a phone number',
			'Email received an object {"address":"x"} instead of text',
			'The contact has no phone number, email or fax number',
		]);
		expect(bad.items[2].json.error_description).toContain(
			'Fill in Phone Number, Email or Fax Number',
		);
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact → Get', () => {
	it('GETs the contact and simplifies it by default (≤ 10 fields, custom fields only when set)', async () => {
		standIn.on(
			'GET',
			'/lists/428/contacts/552786',
			success(contact(552786, { custom_2: 'VIP', email: 'test1@test.com' })),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'get',
				listId: byId('428'),
				contactId: byId('552786'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({
			contact_id: 552786,
			list_id: 428,
			phone_number: '+614111552786',
			email: 'test1@test.com',
			first_name: 'John',
			last_name: 'Doe',
			custom_2: 'VIP',
		});
	});

	it('returns every ClickSend field with Simplify off (spec example answer)', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'get',
				listId: byId('428'),
				contactId: byId('552786'),
				simplify: false,
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('GET', '/lists/428/contacts/552786')).toHaveLength(1);
		expect(Object.keys(result.items[0].json).length).toBeGreaterThan(10);
		expect(result.items[0].json).toMatchObject({
			contact_id: 552786,
			address_city: 'Nashville',
		});
	});

	it('refuses a contact ID that is not numeric', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ contact: 'john' }],
			parameters: {
				resource: 'contact',
				operation: 'get',
				listId: byId('428'),
				contactId: byId('={{ $json.contact }}'),
			},
		});
		expect(result.error?.message).toBe('Contact "john" is not a valid ID');
		expect(standIn.requests).toHaveLength(0);
	});

	it("surfaces ClickSend's NOT_FOUND", async () => {
		standIn.on('GET', '/lists/428/contacts/9', {
			status: 404,
			body: {
				http_code: 404,
				response_code: 'NOT_FOUND',
				response_msg: 'Contact not found.',
				data: null,
			},
		});
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'get',
				listId: byId('428'),
				contactId: byId('9'),
			},
		});
		expect(result.error?.message).toBe('ClickSend: Contact not found (NOT_FOUND)');
		expect(result.error?.description).toContain('Check the ID');
	});
});

describe('Contact → Get Many', () => {
	it('Return All walks three pages (100/100/50) in exactly three requests', async () => {
		standIn.on('GET', '/lists/428/contacts', (request) => {
			const page = Number(request.query.page);
			return contactsPage(page, 3, rows(page === 3 ? 50 : 100, page * 1000));
		});
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				returnAll: true,
			},
		});
		expect(result.error).toBeUndefined();
		const requests = standIn.requestsTo('GET', '/lists/428/contacts');
		expect(requests.map((request) => request.query)).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
			{ page: '3', limit: '100' },
		]);
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json.contact_id).toBe(3049);
		expect(result.items[0].json).toEqual(simplified(1000));
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
			true,
		);
	});

	it('keeps the filters (q, operator), updated_after and order_by on every page', async () => {
		standIn.on('GET', '/lists/428/contacts', (request) => {
			const page = Number(request.query.page);
			return contactsPage(page, 2, rows(page === 2 ? 1 : 100, page * 1000));
		});
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				returnAll: true,
				filters: {
					first_name: 'John',
					last_name: 'Doe',
					operator: 'OR',
					updated_after: '2015-06-25T18:10:16Z',
				},
				sort: { field: 'last_name', direction: 'desc' },
				simplify: false,
			},
		});
		expect(result.error).toBeUndefined();
		const search = {
			q: 'first_name:John,last_name:Doe',
			operator: 'OR',
			updated_after: '1435255816',
			order_by: 'last_name:desc',
		};
		expect(
			standIn.requestsTo('GET', '/lists/428/contacts').map((request) => request.query),
		).toEqual([
			{ ...search, page: '1', limit: '100' },
			{ ...search, page: '2', limit: '100' },
		]);
		expect(result.items).toHaveLength(101);
		expect(result.items[0].json).toHaveProperty('_list_name');
	});

	it('with a Limit, asks for a page of that size and stops there', async () => {
		standIn.on('GET', '/lists/428/contacts', (request) =>
			contactsPage(
				Number(request.query.page),
				5,
				rows(Number(request.query.limit), 1),
				Number(request.query.limit),
			),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				returnAll: false,
				limit: 20,
			},
		});
		expect(result.error).toBeUndefined();
		expect(
			standIn.requestsTo('GET', '/lists/428/contacts').map((request) => request.query),
		).toEqual([{ page: '1', limit: '20' }]);
		expect(result.items).toHaveLength(20);
	});

	it("refuses a filter value with a comma (it would split ClickSend's search)", async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				filters: { last_name: 'Doe, John' },
			},
		});
		expect(result.error?.message).toBe('Filters → Last Name "Doe, John" contains a comma or colon');
		expect(standIn.requests).toHaveLength(0);
	});
});

function simplified(contactId: number): IDataObject {
	return {
		contact_id: contactId,
		list_id: 428,
		phone_number: `+614111${String(contactId).padStart(5, '0')}`,
		email: null,
		first_name: 'John',
		last_name: 'Doe',
	};
}

describe('Contact → Update', () => {
	it('PUTs only the fields given', async () => {
		standIn.on('PUT', '/lists/428/contacts/552786', (request) =>
			success(contact(552786, body(request))),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'update',
				listId: byId('428'),
				contactId: byId('552786'),
				contactFields: { last_name: 'Smith', custom_1: 'Gold' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('PUT', '/lists/428/contacts/552786')[0].body).toEqual({
			last_name: 'Smith',
			custom_1: 'Gold',
		});
		expect(result.items[0].json).toMatchObject({
			contact_id: 552786,
			last_name: 'Smith',
		});
	});

	it('refuses an update with no field', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'update',
				listId: byId('428'),
				contactId: byId('552786'),
				contactFields: {},
			},
		});
		expect(result.error?.message).toBe('No contact field to update');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact → Delete', () => {
	it('DELETEs the contact and outputs { deleted: true, list_id, contact_id }', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'delete',
				listId: byId('428'),
				contactId: byId('552786'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('DELETE', '/lists/428/contacts/552786')).toHaveLength(1);
		expect(result.items).toEqual([
			{
				json: { deleted: true, list_id: 428, contact_id: 552786 },
				pairedItem: { item: 0 },
			},
		]);
	});
});

describe('Contact → Copy to List / Transfer to List', () => {
	it.each([
		['copyToList', 'copy'],
		['transferToList', 'transfer'],
	])('%s PUTs /lists/{from}/contacts/{id}/%s/{to}', async (operation, verb) => {
		const path = `/lists/428/contacts/552786/${verb}/429`;
		standIn.on('PUT', path, success(contact(552790, { list_id: 429 })));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation,
				listId: byId('428'),
				contactId: byId('552786'),
				toListId: fromList('429'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('PUT', path)).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			contact_id: 552790,
			list_id: 429,
		});
	});

	it('refuses a To List ID that is not numeric', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ to: '4x' }],
			parameters: {
				resource: 'contact',
				operation: 'copyToList',
				listId: byId('428'),
				contactId: byId('1'),
				toListId: byId('={{ $json.to }}'),
			},
		});
		expect(result.error?.message).toBe('To List "4x" is not a valid ID');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact → Create or Update', () => {
	const upsert = (contactFields: INodeParameters, matchBy = 'phone_number') => ({
		resource: 'contact',
		operation: 'upsert',
		listId: byId('428'),
		matchBy,
		contactFields,
	});

	it('updates the contact with the same phone number when the list has it', async () => {
		standIn.on(
			'GET',
			'/lists/428/contacts',
			contactsPage(1, 1, [
				contact(77, { phone_number: '+61411111112' }),
				contact(78, { phone_number: '+61411111111' }),
			]),
		);
		standIn.on('PUT', '/lists/428/contacts/78', (request) => success(contact(78, body(request))));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: upsert({
				phone_number: '+61 411 111 111',
				first_name: 'Jane',
			}),
		});
		expect(result.error).toBeUndefined();
		const [search] = standIn.requestsTo('GET', '/lists/428/contacts');
		expect(search.query).toMatchObject({ q: 'phone_number:+61411111111' });
		expect(standIn.requestsTo('PUT', '/lists/428/contacts/78')[0].body).toEqual({
			phone_number: '+61411111111',
			first_name: 'Jane',
		});
		expect(standIn.requestsTo('POST', '/lists/428/contacts')).toHaveLength(0);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({
					contact_id: 78,
					first_name: 'Jane',
					_list_name: 'Customers',
					action: 'updated',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('creates the contact when the search finds no exact match', async () => {
		standIn.on(
			'GET',
			'/lists/428/contacts',
			contactsPage(1, 1, [contact(77, { email: 'test11@test.com' })]),
		);
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(99, body(request))));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: upsert({ email: 'Test1@Test.com', first_name: 'Jane' }, 'email'),
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('GET', '/lists/428/contacts')[0].query).toMatchObject({
			q: 'email:Test1@Test.com',
		});
		expect(standIn.requestsTo('PUT', /^\/lists\/428\/contacts\//)).toHaveLength(0);
		expect(standIn.requestsTo('POST', '/lists/428/contacts')[0].body).toEqual({
			email: 'Test1@Test.com',
			first_name: 'Jane',
		});
		expect(result.items[0].json).toMatchObject({
			contact_id: 99,
			action: 'created',
		});
	});

	it('matches emails in any case, and handles each item on its own path', async () => {
		standIn.on('GET', '/lists/428/contacts', (request) =>
			String(request.query.q) === 'email:TEST1@test.com'
				? contactsPage(1, 1, [contact(5, { email: 'test1@test.com' })])
				: contactsPage(1, 1, []),
		);
		standIn.on('PUT', '/lists/428/contacts/5', (request) => success(contact(5, body(request))));
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(6, body(request))));
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ email: 'TEST1@test.com' }, { email: 'test2@test.com' }],
			parameters: upsert({ email: '={{ $json.email }}' }, 'email'),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.action, item.pairedItem])).toEqual([
			['updated', { item: 0 }],
			['created', { item: 1 }],
		]);
	});

	it('refuses when the Match By field is not among the contact fields', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: upsert({ email: 'test1@test.com' }, 'phone_number'),
		});
		expect(result.error?.message).toBe(
			'Contact Fields → Phone Number is empty, but Match By is Phone Number',
		);
		expect(standIn.requests).toHaveLength(0);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others go on', async () => {
		standIn.on('GET', '/lists/428/contacts', contactsPage(1, 1, []));
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(6, body(request))));
		const result = await runClickSend(standIn.baseUrl, {
			continueOnFail: true,
			items: [{ phone: 'nope' }, { phone: '+61411111111' }],
			parameters: upsert({ phone_number: '={{ $json.phone }}' }),
		});
		expect(result.error).toBeUndefined();
		// The router adds the fix-it description to an error item (execution/itemErrors.ts).
		expect(result.items[0]).toEqual({
			json: {
				error: 'Contact Fields → Phone Number "nope" is not a phone number',
				error_description: expect.stringContaining('international format'),
			},
			pairedItem: { item: 0 },
		});
		expect(result.items[1].json).toMatchObject({ action: 'created' });
	});
});

describe('searchContacts (contact picker)', () => {
	it('searches the chosen list by name, phone or email, and pages with the token', async () => {
		standIn.on(
			'GET',
			'/lists/428/contacts',
			contactsPage(1, 2, [
				contact(5),
				contact(6, {
					first_name: '',
					last_name: '',
					phone_number: null,
					email: 'test1@test.com',
				}),
			]),
		);
		const result = await listSearch(standIn.baseUrl, 'searchContacts', 'john', undefined, {
			resource: 'contact',
			operation: 'get',
			listId: fromList('428'),
		});
		expect(result).toEqual({
			results: [
				{ name: 'John Doe (+61411100005)', value: '5' },
				{ name: '(test1@test.com)', value: '6' },
			],
			paginationToken: '2',
		});
		expect(standIn.requestsTo('GET', '/lists/428/contacts')[0].query).toEqual({
			page: '1',
			limit: '100',
			q: 'first_name:john,last_name:john,phone_number:john,email:john',
			operator: 'OR',
		});
	});

	it('asks to choose a list first', async () => {
		await expect(
			listSearch(standIn.baseUrl, 'searchContacts', '', undefined, {
				listId: fromList(''),
			}),
		).rejects.toThrow('Choose a list first');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact: every ID is checked before any request', () => {
	const valid = { listId: byId('428'), contactId: byId('552786'), toListId: byId('429') };
	const fieldsFor: Record<string, IDataObject> = {
		create: { contactFields: { phone_number: '+61411111111' } },
		update: { contactFields: { first_name: 'Jane' } },
		upsert: { contactFields: { phone_number: '+61411111111' } },
	};
	// [operation, ID parameter, the field's name in the error]
	const idFields: Array<[string, 'listId' | 'contactId' | 'toListId', string]> = [
		['get', 'listId', 'List'],
		['get', 'contactId', 'Contact'],
		['create', 'listId', 'List'],
		['update', 'listId', 'List'],
		['update', 'contactId', 'Contact'],
		['delete', 'listId', 'List'],
		['delete', 'contactId', 'Contact'],
		['getAll', 'listId', 'List'],
		['upsert', 'listId', 'List'],
		['copyToList', 'listId', 'From List'],
		['copyToList', 'contactId', 'Contact'],
		['copyToList', 'toListId', 'To List'],
		['transferToList', 'listId', 'From List'],
		['transferToList', 'contactId', 'Contact'],
		['transferToList', 'toListId', 'To List'],
	];
	// [what, the ID as mapped by an expression from the item's `id`, the message after the field name]
	const cases = idFields.flatMap(([operation, parameter, label]) =>
		BAD_IDS.map(
			([what, id, message]) => [operation, parameter, what, id, `${label}${message}`] as const,
		),
	);

	it.each(cases)('%s: %s %s', async (operation, parameter, _what, id, message) => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ id }],
			parameters: {
				resource: 'contact',
				operation,
				...valid,
				...fieldsFor[operation],
				[parameter]: byId('={{ $json.id }}'),
			},
		});
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBeTruthy();
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact: objects and lists mapped into text fields', () => {
	it.each([
		[
			'Create → First Name',
			'create',
			{ contactFields: { phone_number: '+61411111111', first_name: '={{ $json.value }}' } },
			{ first: 'John' },
			'Contact Fields → First Name received an object {"first":"John"} instead of text',
		],
		[
			'Create → Phone Number',
			'create',
			{ contactFields: { phone_number: '={{ $json.value }}' } },
			['+61411111111', '+61422222222'],
			'Contact Fields → Phone Number received a list of 2 values instead of text',
		],
		[
			'Update → Custom 1',
			'update',
			{ contactId: byId('1'), contactFields: { custom_1: '={{ $json.value }}' } },
			{ tier: 'gold' },
			'Contact Fields → Custom 1 received an object {"tier":"gold"} instead of text',
		],
		[
			'Create or Update → Email',
			'upsert',
			{ matchBy: 'email', contactFields: { email: '={{ $json.value }}' } },
			['test1@test.com'],
			'Contact Fields → Email received a list of 1 value instead of text',
		],
		[
			'Get Many → Filters → Last Name',
			'getAll',
			{ filters: { last_name: '={{ $json.value }}' } },
			['Doe', 'Roe'],
			'Filters → Last Name received a list of 2 values instead of text',
		],
	])('%s is refused before any request', async (_name, operation, parameters, value, message) => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ value }],
			parameters: { resource: 'contact', operation, listId: byId('428'), ...parameters },
		});
		expect(result.error?.message).toBe(message);
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact: Country', () => {
	it('Create sends a country name as its two-letter code', async () => {
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(552786, body(request))));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'create',
				listId: byId('428'),
				contactFields: { email: 'test1@test.com', address_country: 'Australia' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/lists/428/contacts')[0].body).toEqual({
			email: 'test1@test.com',
			address_country: 'AU',
		});
	});

	it('Get Many searches a country name by its code', async () => {
		standIn.on(
			'GET',
			'/lists/428/contacts',
			contactsPage(1, 1, [contact(1, { address_country: 'GB' })]),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				returnAll: true,
				filters: { address_country: 'United Kingdom' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('GET', '/lists/428/contacts')[0].query.q).toBe('address_country:GB');
	});

	it('a country that is not one is refused before any request', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'update',
				listId: byId('428'),
				contactId: byId('1'),
				contactFields: { address_country: 'Atlantis' },
			},
		});
		expect(result.error?.message).toBe('Contact Fields → Country "Atlantis" is not a country code');
		expect(result.error?.description).toContain('two-letter ISO country code');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact → Get Many: dates and Limit', () => {
	it('refuses an impossible Updated After (2031-02-30) before any request', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				filters: { updated_after: '2031-02-30' },
			},
		});
		expect(result.error?.message).toBe(
			'Filters → Updated After "2031-02-30" is not a date (February 2031 has 28 days)',
		);
		expect(standIn.requests).toHaveLength(0);
	});

	it.each([[0], [-1], ['abc']])('refuses Limit %p before any request', async (limit) => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				returnAll: false,
				limit,
			},
		});
		expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
		expect(result.error?.description).toBe(
			'Limit must be a whole number from 1 to 9007199254740991.',
		);
		expect(standIn.requests).toHaveLength(0);
	});

	it('a Limit above 100 reads pages of 100 until it has enough', async () => {
		standIn.on(
			'GET',
			'/lists/428/contacts',
			pagedList(250, (index) => contact(index + 1)),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				returnAll: false,
				limit: 150,
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.contact_id)).toEqual(
			Array.from({ length: 150 }, (_, n) => n + 1),
		);
		expect(
			standIn.requestsTo('GET', '/lists/428/contacts').map((request) => request.query),
		).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
		]);
	});
});

describe('Contact → Get Many: Return All when one page fails once', () => {
	it.each([
		['500 on page 2', 2, failure(500, 'INTERNAL_ERROR', 'Oops.')],
		['429 without Retry-After on page 1', 1, failure(429, 'TOO_MANY_REQUESTS', 'Slow down.')],
		['an HTML 502 page on page 3', 3, FAULTS.html(502)],
		['a dropped connection on page 2', 2, FAULTS.drop],
	])(
		'%s: exactly the 250 contacts, each once',
		async (_name, failingPage, answer) => {
			standIn.on(
				'GET',
				'/lists/428/contacts',
				pagedList(250, (index) => contact(index + 1)),
			);
			standIn.on(
				'GET',
				'/lists/428/contacts',
				(request) => (request.query.page === String(failingPage) ? answer : undefined),
				1,
			);
			const result = await runClickSend(standIn.baseUrl, {
				parameters: {
					resource: 'contact',
					operation: 'getAll',
					listId: byId('428'),
					returnAll: true,
				},
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.contact_id)).toEqual(
				Array.from({ length: 250 }, (_, n) => n + 1),
			);
			const pages = standIn
				.requestsTo('GET', '/lists/428/contacts')
				.map((request) => request.query.page);
			const expected = ['1', '2', '3'];
			expected.splice(failingPage - 1, 0, String(failingPage));
			expect(pages).toEqual(expected);
		},
		20_000,
	);

	it('a page that keeps failing stops the run with the code, and outputs no partial list', async () => {
		standIn.on(
			'GET',
			'/lists/428/contacts',
			pagedList(250, (index) => contact(index + 1)),
		);
		standIn.on('GET', '/lists/428/contacts', (request) =>
			request.query.page === '2'
				? failure(503, 'SERVICE_UNAVAILABLE', 'Down.', { 'retry-after': '0' })
				: undefined,
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				listId: byId('428'),
				returnAll: true,
			},
		});
		expect(result.error?.message).toBe('ClickSend: Down (SERVICE_UNAVAILABLE)');
		expect(result.items).toHaveLength(0);
		// Page 1 once, page 2 tried four times (three retries), page 3 never.
		expect(
			standIn.requestsTo('GET', '/lists/428/contacts').map((request) => request.query.page),
		).toEqual(['1', '2', '2', '2', '2']);
	});
});

describe('Contact: answers that are not a success', () => {
	it.each(NOT_SUCCESS_200)(
		'Get answered 200 with %s is an error carrying the code',
		async (_name, answer, message) => {
			standIn.on('GET', '/lists/428/contacts/552786', answer);
			const result = await runClickSend(standIn.baseUrl, {
				parameters: {
					resource: 'contact',
					operation: 'get',
					listId: byId('428'),
					contactId: byId('552786'),
				},
			});
			expect(result.error?.message).toBe(message);
			expect(result.items).toHaveLength(0);
			expect(standIn.requestsTo('GET', '/lists/428/contacts/552786')).toHaveLength(1);
		},
	);

	it('an HTML 502 page is summarised, never dumped', async () => {
		standIn.on('DELETE', '/lists/428/contacts/552786', {
			...FAULTS.html(502),
			headers: { 'content-type': 'text/html', 'retry-after': '0' },
		});
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'delete',
				listId: byId('428'),
				contactId: byId('552786'),
			},
		});
		expect(result.error?.message).toBe(
			'ClickSend or a server in between answered with an error: HTTP 502 with an HTML page titled "502 Bad Gateway" (HTTP_ERROR)',
		);
		expect(result.error?.description).not.toContain('<html');
		expect(standIn.requestsTo('DELETE', '/lists/428/contacts/552786')).toHaveLength(4);
	});

	it('a server that never answers is given up after the credential Timeout, not retried', async () => {
		standIn.on('GET', '/lists/428/contacts/552786', FAULTS.hang);
		const result = await runClickSend(standIn.baseUrl, {
			credentials: { timeout: 1 },
			parameters: {
				resource: 'contact',
				operation: 'get',
				listId: byId('428'),
				contactId: byId('552786'),
			},
		});
		expect(result.error?.message).toBe('ClickSend did not answer within 1 second');
		expect(standIn.requestsTo('GET', '/lists/428/contacts/552786')).toHaveLength(1);
	});
});

describe('Contact → Create / Create or Update: nothing is created twice', () => {
	const create = {
		resource: 'contact',
		operation: 'create',
		listId: byId('428'),
		contactFields: { phone_number: '={{ $json.phone }}' },
	};
	const three = [{ phone: '+61411111111' }, { phone: '+61422222222' }, { phone: '+61433333333' }];

	it('a 500 on the 2nd item is not retried, stops the run on that item, and the 3rd is never sent', async () => {
		let calls = 0;
		standIn.on('POST', '/lists/428/contacts', (request) =>
			++calls === 2
				? failure(500, 'INTERNAL_ERROR', 'Oops.')
				: success(contact(calls, body(request))),
		);
		const result = await runClickSend(standIn.baseUrl, { items: three, parameters: create });
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect((result.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(1);
		expect(
			standIn
				.requestsTo('POST', '/lists/428/contacts')
				.map((request) => body(request).phone_number),
		).toEqual(['+61411111111', '+61422222222']);
	});

	it("a 200 with ClickSend's error code is not retried and carries the code", async () => {
		standIn.on(
			'POST',
			'/lists/428/contacts',
			failure(200, 'ALREADY_EXISTS', 'Contact already exists.'),
		);
		const result = await runClickSend(standIn.baseUrl, { items: [three[0]], parameters: create });
		expect(result.error?.message).toBe('ClickSend: Contact already exists (ALREADY_EXISTS)');
		expect(standIn.requestsTo('POST', '/lists/428/contacts')).toHaveLength(1);
	});

	it('a dropped connection is not retried and says ClickSend may have created it', async () => {
		standIn.on('POST', '/lists/428/contacts', FAULTS.drop);
		const result = await runClickSend(standIn.baseUrl, { items: [three[0]], parameters: create });
		expect(result.error?.message).toMatch(
			/^The connection to ClickSend at .* was dropped before it answered/,
		);
		expect(result.error?.description).toContain('may have accepted the request');
		expect(standIn.requestsTo('POST', '/lists/428/contacts')).toHaveLength(1);
	});

	it('429 (refused before anything was created) is sent again, and the contact created once', async () => {
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(552786, body(request))));
		standIn.on(
			'POST',
			'/lists/428/contacts',
			failure(429, 'TOO_MANY_REQUESTS', 'Slow down.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(standIn.baseUrl, { items: [three[0]], parameters: create });
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/lists/428/contacts')).toHaveLength(2);
		expect(result.items.map((item) => item.json.contact_id)).toEqual([552786]);
	});

	it('Create or Update: a search dropped once is asked again; the contact is then created once', async () => {
		standIn.on('GET', '/lists/428/contacts', contactsPage(1, 1, []));
		standIn.on('GET', '/lists/428/contacts', FAULTS.drop, 1);
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(99, body(request))));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				listId: byId('428'),
				matchBy: 'phone_number',
				contactFields: { phone_number: '+61411111111' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('GET', '/lists/428/contacts')).toHaveLength(2);
		expect(standIn.requestsTo('POST', '/lists/428/contacts')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ contact_id: 99, action: 'created' });
	});

	it('Create or Update: a failed update is not followed by a create', async () => {
		standIn.on(
			'GET',
			'/lists/428/contacts',
			contactsPage(1, 1, [contact(78, { phone_number: '+61411111111' })]),
		);
		standIn.on('PUT', '/lists/428/contacts/78', failure(404, 'NOT_FOUND', 'Contact not found.'));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				listId: byId('428'),
				matchBy: 'phone_number',
				contactFields: { phone_number: '+61411111111' },
			},
		});
		expect(result.error?.message).toBe('ClickSend: Contact not found (NOT_FOUND)');
		expect(standIn.requestsTo('PUT', '/lists/428/contacts/78')).toHaveLength(1);
		expect(standIn.requestsTo('POST', '/lists/428/contacts')).toHaveLength(0);
	});
});

describe('Contact: saved workflows keep their meaning', () => {
	it('a workflow saved without an operation (the default) still creates the contact, without searching first', async () => {
		standIn.on('POST', '/lists/428/contacts', (request) => success(contact(552786, body(request))));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contact',
				listId: byId('428'),
				contactFields: { phone_number: '+61411111111' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /lists/428/contacts',
		]);
	});
});
