import type { IDataObject } from 'n8n-workflow';

import {
	BAD_IDS,
	failure,
	NOT_SUCCESS_200,
	onPage,
	PAGE_FAULTS,
	pagedList,
} from '../harness/answers';
import { byId, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

/** Email to SMS: allowed addresses and stripped-string rules, against the spec-checked stand-in. */
const api = useStandIn();

const emailToSms = (operation: string, extra: IDataObject = {}) => ({
	resource: 'emailToSms',
	operation,
	...extra,
});

describe('Email to SMS → Add Allowed Address', () => {
	it('posts the address and the sender', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('createAllowedAddress', {
				emailAddress: ' test1@test.com ',
				from: byId('+61411111111'),
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/email-sms')[0].body).toEqual({
			email_address: 'test1@test.com',
			from: '+61411111111',
		});
		expect(result.items[0].json).toMatchObject({ email_address_id: 107 });
	});

	it('without a sender: only the address', async () => {
		await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('createAllowedAddress', { emailAddress: 'test1@test.com' }),
		});
		expect(api.standIn.requestsTo('POST', '/sms/email-sms')[0].body).toEqual({
			email_address: 'test1@test.com',
		});
	});

	it.each([
		[
			'an address that is not one',
			{ emailAddress: 'support' },
			/^Email Address "support" is not an email address$/,
		],
		['a sender with spaces', { from: byId('My Shop') }, /^From "My Shop" contains spaces$/],
		[
			'an address mapped as a list',
			{ emailAddress: '={{ ["a@b.co"] }}' },
			/^Email Address received a list/,
		],
	])('%s is refused before any request', async (_name, change, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('createAllowedAddress', { emailAddress: 'test1@test.com', ...change }),
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('is never retried after a dropped connection', async () => {
		api.standIn.on('POST', '/sms/email-sms', FAULTS.drop);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('createAllowedAddress', { emailAddress: 'test1@test.com' }),
		});
		expect(result.error).toBeDefined();
		expect(api.standIn.requestsTo('POST', '/sms/email-sms')).toHaveLength(1);
	});
});

describe('Email to SMS → Get Many (addresses and rules)', () => {
	it.each([
		[
			'getAllAllowedAddresses',
			'/sms/email-sms',
			(i: number) => ({ email_address_id: i + 1 }),
			'email_address_id',
		],
		[
			'getAllStrippedStrings',
			'/sms/email-sms-stripped-strings',
			(i: number) => ({ rule_id: i + 1 }),
			'rule_id',
		],
	] as const)(
		'%s: Return All with every page fault, each row once',
		async (operation, path, row, key) => {
			for (const [, answer] of PAGE_FAULTS) {
				api.standIn.expectNoContractViolations();
				api.standIn.reset();
				api.standIn.on('GET', path, pagedList(150, row));
				api.standIn.on('GET', path, onPage(2, answer), 1);
				const result = await runClickSend(api.standIn.baseUrl, {
					parameters: emailToSms(operation, { returnAll: true }),
				});
				expect(result.error).toBeUndefined();
				expect(result.items.map((item) => item.json[key])).toEqual(
					Array.from({ length: 150 }, (_, i) => i + 1),
				);
				expect(api.standIn.requestsTo('GET', path).map((r) => r.query.page)).toEqual([
					'1',
					'2',
					'2',
				]);
			}
		},
		30_000,
	);

	it('the spec example, at most Limit rows', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('getAllAllowedAddresses', { limit: 1 }),
		});
		expect(result.items).toHaveLength(1);
		expect(api.standIn.requestsTo('GET', '/sms/email-sms')[0].query).toEqual({
			page: '1',
			limit: '15',
		});
	});
});

describe('Email to SMS → stripped string rules', () => {
	// ClickSend's API reference's parameter table says `stripped-string`; its examples and the spec
	// send `strip_string`, which the node sends.
	it('Create posts strip_string as typed (spaces kept)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('createStrippedString', { stripString: '  Sent from my iPhone' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/email-sms-stripped-strings')[0].body).toEqual({
			strip_string: '  Sent from my iPhone',
		});
		expect(result.items[0].json).toHaveProperty('rule_id');
	});

	it('Get, Update and Delete address /sms/email-sms-stripped-strings/{rule_id}', async () => {
		const got = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('getStrippedString', { ruleId: byId('18') }),
		});
		expect(got.items[0].json).toMatchObject({ rule_id: 18 });
		const updated = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('updateStrippedString', {
				ruleId: byId('18'),
				stripString: 'Regards',
			}),
		});
		expect(updated.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/sms/email-sms-stripped-strings/18')[0].body).toEqual({
			strip_string: 'Regards',
		});
		const deleted = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('deleteStrippedString', { ruleId: byId('18') }),
		});
		expect(deleted.items[0].json).toEqual({ deleted: true, rule_id: 18 });
		expect(api.standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /sms/email-sms-stripped-strings/18',
			'PUT /sms/email-sms-stripped-strings/18',
			'DELETE /sms/email-sms-stripped-strings/18',
		]);
	});

	it('an empty text is refused before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('createStrippedString', { stripString: '={{ "   " }}' }),
		});
		expect(result.error?.message).toBe('Text to Strip is empty');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(
		['getStrippedString', 'updateStrippedString', 'deleteStrippedString'].flatMap((operation) =>
			BAD_IDS.map(([what, value, tail]) => [operation, what, value, tail] as const),
		),
	)('%s with a rule ID %s sends nothing', async (operation, _what, value, tail) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms(operation, { ruleId: byId('={{ $json.id }}'), stripString: 'x' }),
			items: [{ id: value }],
		});
		expect(result.error?.message).toBe(`Stripped String Rule${tail}`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(NOT_SUCCESS_200)('Get: a 200 with %s is an error', async (_name, answer, message) => {
		api.standIn.on('GET', '/sms/email-sms-stripped-strings/18', answer);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('getStrippedString', { ruleId: byId('18') }),
		});
		expect(result.error?.message).toBe(message);
	});

	it('Update: a 503 then success is retried (a PUT)', async () => {
		api.standIn.on(
			'PUT',
			'/sms/email-sms-stripped-strings/18',
			failure(503, 'SERVICE_UNAVAILABLE', 'Later.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: emailToSms('updateStrippedString', { ruleId: byId('18'), stripString: 'x' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/sms/email-sms-stripped-strings/18')).toHaveLength(2);
	});

	it('the rule picker lists the rules by their text', async () => {
		const found = await listSearch(api.standIn.baseUrl, 'searchStrippedStrings', 'test2');
		expect(found.results).toEqual([{ name: 'This is a test2. (19)', value: '19' }]);
	});
});
