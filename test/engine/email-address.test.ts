import { BAD_IDS, onPage, PAGE_FAULTS, pagedList, success } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const ADDRESS = {
	email_address_id: 5,
	email_address: 'test1@test.com',
	verified: 0,
	date_added: '1458009394',
};
/** What the node outputs for ADDRESS: ClickSend's fields and the ISO twin of the date. */
const ADDRESS_OUT = { ...ADDRESS, date_added_iso: '2016-03-15T02:36:34.000Z' };

describe('Email Address → Create', () => {
	it('posts the address to /email/addresses and returns the new (unverified) address', async () => {
		api.standIn.on('POST', '/email/addresses', success(ADDRESS, 'Email address has been created.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailAddress',
				operation: 'create',
				emailAddress: ' test1@test.com ',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/email/addresses');
		expect(request.body).toEqual({ email_address: 'test1@test.com' });
		expect(result.items).toEqual([{ json: ADDRESS_OUT, pairedItem: { item: 0 } }]);
	});

	it('rejects something that is not an email address before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'create', emailAddress: 'sales at shop' },
		});
		expect(result.error?.message).toMatch(/^Email Address "sales at shop" is not an email address/);
		expect(result.error?.description).toContain('test1@test.com');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email Address → Get, Get Many, Delete', () => {
	it('Get reads /email/addresses/{id}', async () => {
		api.standIn.on('GET', '/email/addresses/5', success(ADDRESS));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailAddress',
				operation: 'get',
				emailAddressId: fromList('5'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual(ADDRESS_OUT);
	});

	it('Get Many lists every address across pages with Return All', async () => {
		api.standIn.on('GET', '/email/addresses', (request) =>
			success({
				total: 2,
				per_page: 1,
				current_page: Number(request.query.page),
				last_page: 2,
				to: Number(request.query.page),
				data: [{ ...ADDRESS, email_address_id: Number(request.query.page) }],
			}),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'getAll', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.email_address_id)).toEqual([1, 2]);
	});

	it('Delete sends DELETE /email/addresses/{id} and outputs {deleted: true}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'delete', emailAddressId: byId('5') },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('DELETE', '/email/addresses/5')).toHaveLength(1);
		expect(result.items).toEqual([
			{ json: { deleted: true, emailAddressId: '5' }, pairedItem: { item: 0 } },
		]);
	});

	it.each(['get', 'delete', 'sendVerification'])(
		'%s rejects an address ID that is not a number',
		async (operation) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: {
					resource: 'emailAddress',
					operation,
					emailAddressId: byId('={{ "test1@test.com" }}'),
				},
			});
			expect(result.error?.message).toMatch(/^Email Address "test1@test.com" is not a valid ID/);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);
});

describe('Email Address → Send Verification, Verify', () => {
	it('Send Verification puts /email/address-verify/{id}/send and says so', async () => {
		api.standIn.on(
			'PUT',
			'/email/address-verify/5/send',
			success(null, 'Verification email has been sent.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailAddress',
				operation: 'sendVerification',
				emailAddressId: byId('5'),
			},
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/email/address-verify/5/send')).toHaveLength(1);
		expect(result.items).toEqual([
			{
				json: {
					verification_sent: true,
					email_address_id: 5,
					response_msg: 'Verification email has been sent.',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Verify puts the token in the path and returns the verified address', async () => {
		api.standIn.on(
			'PUT',
			'/email/address-verify/5/verify/abc123',
			success({ ...ADDRESS, verified: 1 }, 'Email address verified.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailAddress',
				operation: 'verify',
				emailAddressId: byId('5'),
				activationToken: ' abc123 ',
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ email_address_id: 5, verified: 1 });
	});

	it('Verify rejects an empty token before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailAddress',
				operation: 'verify',
				emailAddressId: byId('5'),
				activationToken: '={{ "" }}',
			},
		});
		expect(result.error?.message).toMatch(/^Activation Token is empty/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email Address: values mapped wrongly are refused before any request', () => {
	const operations = ['get', 'delete', 'sendVerification', 'verify'];
	it.each(
		operations.flatMap((operation) =>
			BAD_IDS.map(([name, value, message]) => [operation, name, value, message] as const),
		),
	)('%s: an Email Address that is %s', async (operation, _name, id, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			items: [{ id }],
			parameters: {
				resource: 'emailAddress',
				operation,
				emailAddressId: byId('={{ $json.id }}'),
				activationToken: 'abc123',
			},
		});
		expect(result.error?.message).toBe(`Email Address${message}`);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		[
			'an object mapped into Email Address',
			{ emailAddress: '={{ { email: "test1@test.com" } }}' },
			/^Email Address received an object \{"email":"test1@test.com"\} instead of text/,
		],
		[
			'a list mapped into Email Address',
			{ emailAddress: '={{ ["test1@test.com"] }}' },
			/^Email Address received a list of 1 value instead of text/,
		],
	])('Create: %s', async (_name, parameters, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'create', ...parameters },
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Verify: an object mapped into Activation Token', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailAddress',
				operation: 'verify',
				emailAddressId: byId('5'),
				activationToken: '={{ { token: "abc" } }}',
			},
		});
		expect(result.error?.message).toMatch(
			/^Activation Token received an object \{"token":"abc"\} instead of text/,
		);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Verify puts a token with a slash in the path as one segment', async () => {
		api.standIn.on(
			'PUT',
			'/email/address-verify/5/verify/ab%2Fc',
			success({ ...ADDRESS, verified: 1 }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailAddress',
				operation: 'verify',
				emailAddressId: byId('5'),
				activationToken: 'ab/c',
			},
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/email/address-verify/5/verify/ab%2Fc')).toHaveLength(1);
	});
});

describe('Email Address: failures', () => {
	it('Create is not sent again after a 500 (ClickSend may have added the address)', async () => {
		api.standIn.on('POST', '/email/addresses', {
			status: 500,
			headers: { 'retry-after': '0' },
			body: { http_code: 500, response_code: 'INTERNAL_ERROR', response_msg: 'Oops.', data: null },
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'create', emailAddress: 'test1@test.com' },
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(api.standIn.requestsTo('POST', '/email/addresses')).toHaveLength(1);
	});

	it('Get reports a 200 whose response_code is not SUCCESS as an error carrying the code', async () => {
		api.standIn.on('GET', '/email/addresses/5', {
			status: 200,
			body: { http_code: 200, response_code: 'FORBIDDEN', response_msg: 'Not yours.', data: null },
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'get', emailAddressId: byId('5') },
		});
		expect(result.error?.message).toBe('ClickSend: Not yours (FORBIDDEN)');
	});

	it('Get reports a 200 with an HTML page, summarised', async () => {
		api.standIn.on('GET', '/email/addresses/5', FAULTS.html(200, 'Login'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'get', emailAddressId: byId('5') },
		});
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Login" (NOT_CLICKSEND_ANSWER)',
		);
	});

	it.each([0, -1, 'abc'])('Get Many rejects Limit %p before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'getAll', limit },
		});
		expect(result.error?.message).toBe(`Limit "${String(limit)}" is out of range`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(PAGE_FAULTS)(
		'Get Many with Return All returns every address once when page 2 fails once with %s',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/email/addresses',
				pagedList(210, (i) => ({ ...ADDRESS, email_address_id: i + 1 })),
			);
			api.standIn.on('GET', '/email/addresses', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'emailAddress', operation: 'getAll', returnAll: true },
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.email_address_id)).toEqual(
				Array.from({ length: 210 }, (_, i) => i + 1),
			);
			expect(
				api.standIn.requestsTo('GET', '/email/addresses').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
	);
});
