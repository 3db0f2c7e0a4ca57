import type { IDataObject } from 'n8n-workflow';

import { BAD_IDS, failure, NOT_SUCCESS_200, pagedList, success } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS, type ClickSendStandIn } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();
let standIn: ClickSendStandIn;
beforeEach(() => {
	standIn = api.standIn;
});

const list = (list_id: number, list_name = `List ${list_id}`): IDataObject => ({
	list_id,
	list_name,
	list_email_id: 'KB0LHD6WXFVHZWTR',
	_contacts_count: 3,
});

describe('Contact List → Create / Get / Update / Delete', () => {
	it('Create POSTs { list_name } and outputs the new list', async () => {
		standIn.on('POST', '/lists', (request) =>
			success(list(500, (request.body as IDataObject).list_name as string)),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'create', listName: 'Customers' },
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/lists')[0].body).toEqual({ list_name: 'Customers' });
		expect(result.items).toEqual([{ json: list(500, 'Customers'), pairedItem: { item: 0 } }]);
	});

	it('Get GETs /lists/{list_id} (spec example answer)', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'get', listId: fromList('428') },
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('GET', '/lists/428')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ list_id: 428, _contacts_count: 0 });
	});

	it('Update PUTs the new name', async () => {
		standIn.on('PUT', '/lists/428', (request) =>
			success(list(428, (request.body as IDataObject).list_name as string)),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contactList',
				operation: 'update',
				listId: byId('428'),
				listName: 'VIP',
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('PUT', '/lists/428')[0].body).toEqual({ list_name: 'VIP' });
		expect(result.items[0].json).toMatchObject({ list_id: 428, list_name: 'VIP' });
	});

	it('Delete DELETEs the list and outputs { deleted: true, list_id }', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'delete', listId: byId('428') },
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('DELETE', '/lists/428')).toHaveLength(1);
		expect(result.items).toEqual([
			{ json: { deleted: true, list_id: 428 }, pairedItem: { item: 0 } },
		]);
	});

	it('refuses a list ID that is not numeric', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ list: '42a' }],
			parameters: {
				resource: 'contactList',
				operation: 'delete',
				listId: byId('={{ $json.list }}'),
			},
		});
		expect(result.error?.message).toBe('List "42a" is not a valid ID');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact List → Get Many', () => {
	it('Return All walks every page of 100', async () => {
		standIn.on('GET', '/lists', (request) => {
			const page = Number(request.query.page);
			const rows = Array.from({ length: page === 2 ? 3 : 100 }, (_, n) => list(page * 1000 + n));
			return success({
				total: 103,
				per_page: 100,
				current_page: page,
				last_page: 2,
				from: 1,
				to: rows.length,
				data: rows,
			});
		});
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'getAll', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('GET', '/lists').map((request) => request.query)).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
		]);
		expect(result.items).toHaveLength(103);
		expect(result.items[102]).toEqual({ json: list(2002), pairedItem: { item: 0 } });
	});
});

describe('Contact List → Get Many by name', () => {
	it('searches with q=list_name:… on every page', async () => {
		standIn.on('GET', '/lists', (request) => {
			const page = Number(request.query.page);
			const rows = Array.from({ length: page === 2 ? 1 : 100 }, (_, n) =>
				list(page * 1000 + n, 'Customers'),
			);
			return success({
				total: 101,
				per_page: 100,
				current_page: page,
				last_page: 2,
				from: 1,
				to: rows.length,
				data: rows,
			});
		});
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contactList',
				operation: 'getAll',
				returnAll: true,
				filters: { list_name: 'Customers' },
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('GET', '/lists').map((request) => request.query)).toEqual([
			{ q: 'list_name:Customers', page: '1', limit: '100' },
			{ q: 'list_name:Customers', page: '2', limit: '100' },
		]);
		expect(result.items).toHaveLength(101);
	});

	it("refuses a name with a colon (it would split ClickSend's search)", async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contactList',
				operation: 'getAll',
				returnAll: true,
				filters: { list_name: 'VIP: gold' },
			},
		});
		expect(result.error?.message).toBe('Filters → List Name "VIP: gold" contains a comma or colon');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact List → Remove Duplicates', () => {
	// Issue 11: ClickSend's Node SDK (clicksend 5.1.7, `Fields.fields: FieldsFields`) and the OpenAPI
	// spec make `fields` an object keyed by contact field names; most reference samples set each
	// field's own name as its value. The node sends that object (keys and values name the fields),
	// to /lists/{id}/remove-duplicates without the spec's trailing slash, as the SDK and every
	// reference sample do: only the path is tolerated here, the body is checked against the spec below.
	it('PUTs { fields: { phone_number: "phone_number", … } } to /lists/{id}/remove-duplicates', async () => {
		standIn.tolerateContractViolation(
			'PUT',
			'/lists/428/remove-duplicates',
			'SDK and API reference: no trailing slash',
		);
		standIn.on(
			'PUT',
			'/lists/428/remove-duplicates',
			success({ deleted: 6 }, 'Your list duplicate contacts has been deleted.'),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contactList',
				operation: 'removeDuplicates',
				listId: byId('428'),
				fields: ['phone_number', 'first_name'],
			},
		});
		expect(result.error).toBeUndefined();
		const sent = standIn.requestsTo('PUT', '/lists/428/remove-duplicates')[0];
		expect(sent.body).toEqual({
			fields: { phone_number: 'phone_number', first_name: 'first_name' },
		});
		expect(result.items).toEqual([{ json: { deleted: 6 }, pairedItem: { item: 0 } }]);
		expect(standIn.toleratedViolations.map((violation) => violation.request)).toEqual([
			'PUT /lists/428/remove-duplicates',
		]);

		// The same body on the spec's own path passes Prism's check of the request body.
		const onSpecPath = await fetch(`${standIn.baseUrl}/lists/428/remove-duplicates/`, {
			method: 'PUT',
			headers: {
				'content-type': 'application/json',
				authorization: sent.headers.authorization as string,
			},
			body: sent.rawBody,
		});
		expect(onSpecPath.status).toBe(200);
		expect(standIn.contractViolations).toEqual([]);
	});

	it('takes Compare Fields mapped as comma-separated text', async () => {
		standIn.tolerateContractViolation(
			'PUT',
			'/lists/428/remove-duplicates',
			'SDK and API reference: no trailing slash',
		);
		standIn.on('PUT', '/lists/428/remove-duplicates', success({ deleted: 0 }));
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ compare: 'email, custom_1' }],
			parameters: {
				resource: 'contactList',
				operation: 'removeDuplicates',
				listId: byId('428'),
				fields: '={{ $json.compare }}',
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('PUT', '/lists/428/remove-duplicates')[0].body).toEqual({
			fields: { email: 'email', custom_1: 'custom_1' },
		});
	});

	it('refuses a Compare Fields name that is no ClickSend contact field, before any request', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ compare: ['phone_number', 'phone'] }],
			parameters: {
				resource: 'contactList',
				operation: 'removeDuplicates',
				listId: byId('428'),
				fields: '={{ $json.compare }}',
			},
		});
		expect(result.error?.message).toBe('Compare Fields has an unknown field "phone"');
		expect(result.error?.description).toContain('phone_number, email, fax_number');
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses an empty Compare Fields', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contactList',
				operation: 'removeDuplicates',
				listId: byId('428'),
				fields: [],
			},
		});
		expect(result.error?.message).toBe('Compare Fields is empty');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact List → Remove Opted-Out Contacts', () => {
	it('PUTs /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: {
				resource: 'contactList',
				operation: 'removeOptedOut',
				listId: byId('428'),
				optOutListId: fromList('429'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('PUT', '/lists/428/remove-opted-out-contacts/429')).toHaveLength(1);
		expect(result.items[0].json).toEqual({ deleted: 6 });
	});

	it('refuses an opt-out list ID that is not numeric', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ optOut: 'stop list' }],
			parameters: {
				resource: 'contactList',
				operation: 'removeOptedOut',
				listId: byId('428'),
				optOutListId: byId('={{ $json.optOut }}'),
			},
		});
		expect(result.error?.message).toBe('Opt-Out List "stop list" is not a valid ID');
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact List → Import Contacts', () => {
	const CSV_TEXT =
		'phone,first,last,email\n+61411111111,John,Doe,test1@test.com\n+61422222222,Jane,Roe,test2@test.com\n';
	const FILE_URL = 'https://rest.clicksend.com/files/15A3C0E9-F6A5-49CE-907F-1AD49F75A2AE.csv';
	const csvItem = (
		content = CSV_TEXT,
		fileName = 'contacts.csv',
		mimeType = 'text/csv',
		property = 'data',
	) => ({
		json: {},
		binary: { [property]: { content: Buffer.from(content), fileName, mimeType } },
	});

	function scriptImport() {
		// ClickSend's API reference sends field_order as an array of names; the OpenAPI spec types it as a string.
		standIn.tolerateContractViolation(
			'POST',
			'/lists/428/import',
			'API reference: field_order is an array',
		);
		standIn.on(
			'POST',
			'/uploads',
			success(
				{ upload_id: 15, file_name: 'contacts.csv', _url: FILE_URL },
				'Your file has been uploaded.',
			),
		);
		standIn.on(
			'POST',
			'/lists/428/import',
			success(
				{ msg: 'Messages put on queue.', ids: ['6254358460638066203'], id: '6254358460638066203' },
				'Your file is now queued.',
			),
		);
	}

	it('uploads the CSV (base64, convert=csv), then imports it with the column mapping', async () => {
		scriptImport();
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvItem()],
			parameters: {
				resource: 'contactList',
				operation: 'importContacts',
				listId: byId('428'),
				binaryPropertyName: 'data',
				columns: {
					column: [
						{ field: 'phone_number' },
						{ field: 'first_name' },
						{ field: 'custom_1' },
						{ field: 'email' },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		// n8n stored the input file out of the item (binary data mode filesystem-v2: `data` is only a
		// marker), so the right bytes reaching ClickSend prove the node reads it with getBinaryDataBuffer.
		const input =
			result.run.data.resultData.runData['Manual Trigger'][0].data!.main[0]![0].binary!.data;
		expect(input.id).toMatch(/^filesystem-v2:/);
		expect(input.data).not.toBe(Buffer.from(CSV_TEXT).toString('base64'));
		const [upload] = standIn.requestsTo('POST', '/uploads');
		expect(upload.query).toEqual({ convert: 'csv' });
		expect(upload.body).toEqual({ content: Buffer.from(CSV_TEXT).toString('base64') });
		const [importRequest] = standIn.requestsTo('POST', '/lists/428/import');
		expect(importRequest.body).toEqual({
			file_url: FILE_URL,
			field_order: ['phone', 'first_name', 'custom1', 'email'],
		});
		expect(result.items).toEqual([
			{
				json: {
					msg: 'Messages put on queue.',
					ids: ['6254358460638066203'],
					id: '6254358460638066203',
					list_id: 428,
					file_url: FILE_URL,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(standIn.toleratedViolations.map((violation) => violation.request)).toEqual([
			'POST /lists/428/import',
		]);
	});

	it('maps phone, first name, last name, email by default and can skip the header row', async () => {
		scriptImport();
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvItem(CSV_TEXT.replace(/\n/g, '\r\n'))],
			parameters: {
				resource: 'contactList',
				operation: 'importContacts',
				listId: byId('428'),
				options: { skipHeaderRow: true },
			},
		});
		expect(result.error).toBeUndefined();
		const [upload] = standIn.requestsTo('POST', '/uploads');
		expect(Buffer.from((upload.body as IDataObject).content as string, 'base64').toString()).toBe(
			'+61411111111,John,Doe,test1@test.com\r\n+61422222222,Jane,Roe,test2@test.com\r\n',
		);
		expect(
			(standIn.requestsTo('POST', '/lists/428/import')[0].body as IDataObject).field_order,
		).toEqual(['phone', 'first_name', 'last_name', 'email']);
	});

	it('accepts a .csv file whatever its MIME type says', async () => {
		scriptImport();
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvItem(CSV_TEXT, 'export.csv', 'application/octet-stream')],
			parameters: { resource: 'contactList', operation: 'importContacts', listId: byId('428') },
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/lists/428/import')).toHaveLength(1);
	});

	it('names the binary properties the item has when the chosen one is missing', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvItem(CSV_TEXT, 'contacts.csv', 'text/csv', 'attachment_0')],
			parameters: {
				resource: 'contactList',
				operation: 'importContacts',
				listId: byId('428'),
				binaryPropertyName: 'data',
			},
		});
		expect(result.error?.message).toBe(
			'Input Binary Field "data" is not a binary property of item 0',
		);
		expect(result.error?.description).toBe(
			"The item's binary properties are: attachment_0. Put one of them in Input Binary Field.",
		);
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses a file that is not CSV', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvItem('%PDF-1.4', 'contacts.pdf', 'application/pdf')],
			parameters: { resource: 'contactList', operation: 'importContacts', listId: byId('428') },
		});
		expect(result.error?.message).toBe(
			'Input Binary Field "data" is not a CSV file ("contacts.pdf", type application/pdf)',
		);
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses a contact field mapped to two columns', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvItem()],
			parameters: {
				resource: 'contactList',
				operation: 'importContacts',
				listId: byId('428'),
				columns: {
					column: [{ field: 'phone_number' }, { field: 'email' }, { field: 'phone_number' }],
				},
			},
		});
		expect(result.error?.message).toBe('Columns has Phone Number twice');
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses an empty column mapping', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvItem()],
			parameters: {
				resource: 'contactList',
				operation: 'importContacts',
				listId: byId('428'),
				columns: {},
			},
		});
		expect(result.error?.message).toBe('Columns is empty');
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses a file with only a header row when the header is skipped', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvItem('phone,first,last,email\n')],
			parameters: {
				resource: 'contactList',
				operation: 'importContacts',
				listId: byId('428'),
				options: { skipHeaderRow: true },
			},
		});
		expect(result.error?.message).toBe('The CSV file in "data" has no contacts');
		expect(standIn.requests).toHaveLength(0);
	});

	it("imports each item's file, and with Continue On Fail reports a bad item without stopping", async () => {
		scriptImport();
		const result = await runClickSend(standIn.baseUrl, {
			continueOnFail: true,
			items: [csvItem('x', 'a.txt', 'text/plain'), csvItem()],
			parameters: { resource: 'contactList', operation: 'importContacts', listId: byId('428') },
		});
		expect(result.error).toBeUndefined();
		// The router adds the fix-it description to an error item (execution/itemErrors.ts).
		expect(result.items[0]).toEqual({
			json: {
				error: 'Input Binary Field "data" is not a CSV file ("a.txt", type text/plain)',
				error_description: expect.stringContaining('Use a CSV file'),
			},
			pairedItem: { item: 0 },
		});
		expect(result.items[1]).toMatchObject({
			json: { list_id: 428, file_url: FILE_URL },
			pairedItem: { item: 1 },
		});
		expect(standIn.requestsTo('POST', '/uploads')).toHaveLength(1);
	});
});

function listsPage(page: number, lastPage: number, lists: Array<[number, string]>) {
	return {
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here are your data.',
			data: {
				total: lists.length,
				per_page: 100,
				current_page: page,
				last_page: lastPage,
				data: lists.map(([list_id, list_name]) => ({
					list_id,
					list_name,
					_contacts_count: 1,
				})),
			},
		},
	};
}

describe('searchContactLists', () => {
	it('lists the contact lists by name with their ID, and offers the next page', async () => {
		standIn.on(
			'GET',
			'/lists',
			listsPage(1, 2, [
				[428, 'Customers'],
				[429, 'Leads'],
			]),
		);
		const result = await listSearch(standIn.baseUrl, 'searchContactLists');
		expect(result.results).toEqual([
			{ name: 'Customers (428)', value: '428' },
			{ name: 'Leads (429)', value: '429' },
		]);
		expect(result.paginationToken).toBe('2');
		const [request] = standIn.requestsTo('GET', '/lists');
		expect(request.query).toMatchObject({ page: '1', limit: '100' });
		expect(request.query.q).toBeUndefined();
	});

	it('filters by list name with q and asks for the page in the pagination token; no token on the last page', async () => {
		standIn.on('GET', '/lists', listsPage(2, 2, [[430, 'VIP customers']]));
		const result = await listSearch(standIn.baseUrl, 'searchContactLists', 'customers', '2');
		expect(result.results).toEqual([{ name: 'VIP customers (430)', value: '430' }]);
		expect(result.paginationToken).toBeUndefined();
		const [request] = standIn.requestsTo('GET', '/lists');
		expect(request.query).toMatchObject({
			page: '2',
			q: 'list_name:customers',
		});
	});
});

const csvFile = (content: Buffer | string) => ({
	json: {},
	binary: {
		data: {
			content: Buffer.isBuffer(content) ? content : Buffer.from(content),
			fileName: 'contacts.csv',
			mimeType: 'text/csv',
		},
	},
});

describe('Contact List: every ID is checked before any request', () => {
	const fieldsFor: Record<string, IDataObject> = {
		update: { listName: 'VIP' },
		removeDuplicates: { fields: ['phone_number'] },
		removeOptedOut: { optOutListId: byId('429') },
	};
	const idFields: Array<[string, 'listId' | 'optOutListId', string]> = [
		['get', 'listId', 'List'],
		['update', 'listId', 'List'],
		['delete', 'listId', 'List'],
		['removeDuplicates', 'listId', 'List'],
		['removeOptedOut', 'listId', 'List'],
		['removeOptedOut', 'optOutListId', 'Opt-Out List'],
		['importContacts', 'listId', 'List'],
	];
	const cases = idFields.flatMap(([operation, parameter, label]) =>
		BAD_IDS.map(
			([what, id, message]) => [operation, parameter, what, id, `${label}${message}`] as const,
		),
	);

	it.each(cases)('%s: %s %s', async (operation, parameter, _what, id, message) => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ ...csvFile('+61411111111,John\n'), json: { id } }],
			parameters: {
				resource: 'contactList',
				operation,
				listId: byId('428'),
				...fieldsFor[operation],
				[parameter]: byId('={{ $json.id }}'),
			},
		});
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBeTruthy();
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('Contact List: text fields', () => {
	it.each([
		[
			'Create → List Name (object)',
			{ operation: 'create', listName: '={{ $json.value }}' },
			{ name: 'VIP' },
			'List Name received an object {"name":"VIP"} instead of text',
		],
		[
			'Update → List Name (list)',
			{ operation: 'update', listId: byId('428'), listName: '={{ $json.value }}' },
			['VIP', 'Gold'],
			'List Name received a list of 2 values instead of text',
		],
		[
			'Create → List Name (only spaces)',
			{ operation: 'create', listName: '={{ $json.value }}' },
			'   ',
			'List Name is empty',
		],
		[
			'Get Many → Filters → List Name (list)',
			{ operation: 'getAll', filters: { list_name: '={{ $json.value }}' } },
			['VIP'],
			'Filters → List Name received a list of 1 value instead of text',
		],
	])('%s is refused before any request', async (_name, parameters, value, message) => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ value }],
			parameters: { resource: 'contactList', ...parameters },
		});
		expect(result.error?.message).toBe(message);
		expect(standIn.requests).toHaveLength(0);
	});

	it('Create sends the name trimmed', async () => {
		standIn.on('POST', '/lists', (request) =>
			success(list(500, (request.body as IDataObject).list_name as string)),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'create', listName: '  Customers ' },
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/lists')[0].body).toEqual({ list_name: 'Customers' });
	});
});

describe('Contact List → Get Many: Limit and failing pages', () => {
	it.each([[0], [-1], ['abc']])('refuses Limit %p before any request', async (limit) => {
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'getAll', returnAll: false, limit },
		});
		expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
		expect(standIn.requests).toHaveLength(0);
	});

	it("with a Limit, asks for a page of that size (ClickSend's minimum is 15) and stops there", async () => {
		standIn.on(
			'GET',
			'/lists',
			pagedList(250, (index) => list(index + 1)),
		);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'getAll', returnAll: false, limit: 5 },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.list_id)).toEqual([1, 2, 3, 4, 5]);
		expect(standIn.requestsTo('GET', '/lists').map((request) => request.query)).toEqual([
			{ page: '1', limit: '15' },
		]);
	});

	it.each([
		['500 on page 2', 2, failure(500, 'INTERNAL_ERROR', 'Oops.')],
		['429 without Retry-After on page 1', 1, failure(429, 'TOO_MANY_REQUESTS', 'Slow down.')],
		['an HTML 502 page on page 3', 3, FAULTS.html(502)],
	])(
		'Return All, %s: exactly the 250 lists, each once',
		async (_name, failingPage, answer) => {
			standIn.on(
				'GET',
				'/lists',
				pagedList(250, (index) => list(index + 1)),
			);
			standIn.on(
				'GET',
				'/lists',
				(request) => (request.query.page === String(failingPage) ? answer : undefined),
				1,
			);
			const result = await runClickSend(standIn.baseUrl, {
				parameters: { resource: 'contactList', operation: 'getAll', returnAll: true },
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.list_id)).toEqual(
				Array.from({ length: 250 }, (_, n) => n + 1),
			);
			const pages = standIn.requestsTo('GET', '/lists').map((request) => request.query.page);
			const expected = ['1', '2', '3'];
			expected.splice(failingPage - 1, 0, String(failingPage));
			expect(pages).toEqual(expected);
		},
		20_000,
	);

	it.each(NOT_SUCCESS_200)(
		'a page answered 200 with %s is an error carrying the code, not an empty list',
		async (_name, answer, message) => {
			standIn.on('GET', '/lists', answer);
			const result = await runClickSend(standIn.baseUrl, {
				parameters: { resource: 'contactList', operation: 'getAll', returnAll: true },
			});
			expect(result.error?.message).toBe(message);
			expect(result.items).toHaveLength(0);
			expect(standIn.requestsTo('GET', '/lists')).toHaveLength(1);
		},
	);
});

describe('Contact List: creating and deleting are never sent twice', () => {
	it('Create after a 500 is not retried (ClickSend may have created the list)', async () => {
		standIn.on('POST', '/lists', failure(500, 'INTERNAL_ERROR', 'Oops.'));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'create', listName: 'Customers' },
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(standIn.requestsTo('POST', '/lists')).toHaveLength(1);
	});

	it('Create answered 200 with an error code carries the code', async () => {
		standIn.on('POST', '/lists', failure(200, 'ALREADY_EXISTS', 'List name already exists.'));
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'create', listName: 'Customers' },
		});
		expect(result.error?.message).toBe('ClickSend: List name already exists (ALREADY_EXISTS)');
		expect(standIn.requestsTo('POST', '/lists')).toHaveLength(1);
	});

	it('Delete (idempotent) is retried after a dropped connection and outputs one result', async () => {
		standIn.on('DELETE', '/lists/428', FAULTS.drop, 1);
		const result = await runClickSend(standIn.baseUrl, {
			parameters: { resource: 'contactList', operation: 'delete', listId: byId('428') },
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('DELETE', '/lists/428')).toHaveLength(2);
		expect(result.items).toEqual([
			{ json: { deleted: true, list_id: 428 }, pairedItem: { item: 0 } },
		]);
	});
});

describe('Contact List → Import Contacts: file checks and faults', () => {
	const FILE_URL = 'https://rest.clicksend.com/files/15A3C0E9-F6A5-49CE-907F-1AD49F75A2AE.csv';
	const importParameters = {
		resource: 'contactList',
		operation: 'importContacts',
		listId: byId('428'),
	};
	const uploaded = success(
		{ upload_id: 15, file_name: 'contacts.csv', _url: FILE_URL },
		'Your file has been uploaded.',
	);
	const queued = success(
		{ msg: 'Messages put on queue.', ids: ['6254358460638066203'], id: '6254358460638066203' },
		'Your file is now queued.',
	);

	it('refuses an empty file (0 bytes) before any request', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvFile('')],
			parameters: importParameters,
		});
		expect(result.error?.message).toBe('Input Binary Field "data" is an empty file (0 bytes)');
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses a file over the 20 MB upload cap before any request', async () => {
		const line = '+61411111111,John,Doe,test1@test.com\n';
		const big = Buffer.from(line.repeat(Math.ceil((20 * 1024 * 1024 + 1) / line.length)));
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvFile(big)],
			parameters: importParameters,
		});
		expect(result.error?.message).toBe(
			'Input Binary Field "data" is too large (20.0 MB; at most 20 MB)',
		);
		expect(result.error?.description).toContain('at most 20 MB');
		expect(standIn.requests).toHaveLength(0);
	});

	it('refuses an object mapped into Input Binary Field', async () => {
		const result = await runClickSend(standIn.baseUrl, {
			items: [{ ...csvFile('+61411111111\n'), json: { field: { name: 'data' } } }],
			parameters: { ...importParameters, binaryPropertyName: '={{ $json.field }}' },
		});
		expect(result.error?.message).toBe(
			'Input Binary Field received an object {"name":"data"} instead of text',
		);
		expect(standIn.requests).toHaveLength(0);
	});

	it('an upload that fails once is uploaded again (it sends nothing), then the import is sent once', async () => {
		standIn.tolerateContractViolation(
			'POST',
			'/lists/428/import',
			'SDK and API reference: field_order is an array',
		);
		standIn.on('POST', '/uploads', uploaded);
		standIn.on(
			'POST',
			'/uploads',
			failure(503, 'SERVICE_UNAVAILABLE', 'Down.', { 'retry-after': '0' }),
			1,
		);
		standIn.on('POST', '/lists/428/import', queued);
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvFile('+61411111111\n')],
			parameters: importParameters,
		});
		expect(result.error).toBeUndefined();
		expect(standIn.requestsTo('POST', '/uploads')).toHaveLength(2);
		expect(standIn.requestsTo('POST', '/lists/428/import')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			id: '6254358460638066203',
			list_id: 428,
			file_url: FILE_URL,
		});
	});

	it('an import answered 500 is not sent again (ClickSend may have queued it), and the file was uploaded once', async () => {
		standIn.tolerateContractViolation(
			'POST',
			'/lists/428/import',
			'SDK and API reference: field_order is an array',
		);
		standIn.on('POST', '/uploads', uploaded);
		standIn.on('POST', '/lists/428/import', failure(500, 'INTERNAL_ERROR', 'Oops.'));
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvFile('+61411111111\n')],
			parameters: importParameters,
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(standIn.requestsTo('POST', '/uploads')).toHaveLength(1);
		expect(standIn.requestsTo('POST', '/lists/428/import')).toHaveLength(1);
	});

	it("an upload answered 200 without ClickSend's envelope stops before the import", async () => {
		standIn.on('POST', '/uploads', FAULTS.html(200, 'Maintenance'));
		const result = await runClickSend(standIn.baseUrl, {
			items: [csvFile('+61411111111\n')],
			parameters: importParameters,
		});
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		);
		expect(standIn.requestsTo('POST', '/lists/428/import')).toHaveLength(0);
	});
});

describe('Contact List: saved workflows keep their meaning', () => {
	it('a workflow saved without an operation (the default) lists the contact lists', async () => {
		standIn.on(
			'GET',
			'/lists',
			pagedList(3, (index) => list(index + 1)),
		);
		const result = await runClickSend(standIn.baseUrl, { parameters: { resource: 'contactList' } });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.list_id)).toEqual([1, 2, 3]);
		expect(standIn.requestsTo('GET', '/lists')[0].query).toEqual({ page: '1', limit: '50' });
	});
});
