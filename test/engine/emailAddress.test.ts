import { runClickSend } from '../harness/engine';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const ADDRESS = { email_address_id: 5, email_address: 'test1@test.com', verified: 0, date_added: '1458009394' };

function ok(data: unknown, message = 'OK') {
	return { status: 200, body: { http_code: 200, response_code: 'SUCCESS', response_msg: message, data } };
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Email Address → Create', () => {
	it('posts the address to /email/addresses and returns the new (unverified) address', async () => {
		api.standIn.on('POST', '/email/addresses', ok(ADDRESS, 'Email address has been created.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'create', emailAddress: ' test1@test.com ' },
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/email/addresses');
		expect(request.body).toEqual({ email_address: 'test1@test.com' });
		expect(result.items).toEqual([{ json: ADDRESS, pairedItem: { item: 0 } }]);
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
		api.standIn.on('GET', '/email/addresses/5', ok(ADDRESS));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'get', emailAddressId: { __rl: true, mode: 'list', value: '5' } },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual(ADDRESS);
	});

	it('Get Many lists every address across pages with Return All', async () => {
		api.standIn.on('GET', '/email/addresses', (request) =>
			ok({
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
		expect(result.items).toEqual([{ json: { deleted: true, emailAddressId: '5' }, pairedItem: { item: 0 } }]);
	});

	it.each(['get', 'delete', 'sendVerification'])('%s rejects an address ID that is not a number', async (operation) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation, emailAddressId: byId('={{ "test1@test.com" }}') },
		});
		expect(result.error?.message).toMatch(/^Email Address "test1@test.com" is not a valid ID/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email Address → Send Verification, Verify', () => {
	it('Send Verification puts /email/address-verify/{id}/send and says so', async () => {
		api.standIn.on('PUT', '/email/address-verify/5/send', ok(null, 'Verification email has been sent.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'sendVerification', emailAddressId: byId('5') },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/email/address-verify/5/send')).toHaveLength(1);
		expect(result.items).toEqual([
			{
				json: { verification_sent: true, email_address_id: 5, response_msg: 'Verification email has been sent.' },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Verify puts the token in the path and returns the verified address', async () => {
		api.standIn.on('PUT', '/email/address-verify/5/verify/abc123', ok({ ...ADDRESS, verified: 1 }, 'Email address verified.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'verify', emailAddressId: byId('5'), activationToken: ' abc123 ' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ email_address_id: 5, verified: 1 });
	});

	it('Verify rejects an empty token before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailAddress', operation: 'verify', emailAddressId: byId('5'), activationToken: '={{ "" }}' },
		});
		expect(result.error?.message).toMatch(/^Activation Token is empty/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});
