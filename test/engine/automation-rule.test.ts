import type { IDataObject } from 'n8n-workflow';

import {
	BAD_IDS,
	failure,
	NOT_SUCCESS_200,
	onPage,
	PAGE_FAULTS,
	pagedList,
	success,
} from '../harness/answers';
import { byId, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

/**
 * Automation Rule: one resource for the six kinds of ClickSend automation rule (Rule Type), and
 * Send Test Event (ClickSend's test endpoints POST /sms/inbound and /sms/receipts), against the
 * spec-checked stand-in.
 */
const api = useStandIn();

const rule = (operation: string, extra: IDataObject = {}) => ({
	resource: 'automationRule',
	operation,
	...extra,
});

const RULE_PATHS: Array<[string, string]> = [
	['inboundSms', '/automations/sms/inbound'],
	['smsReceipt', '/automations/sms/receipts'],
	['inboundFax', '/automations/fax/inbound'],
	['faxReceipt', '/automations/fax/receipts'],
	['voiceReceipt', '/automations/voice/receipts'],
	['emailReceipt', '/automations/email/receipts'],
];

describe('Automation Rule → Create', () => {
	it('an inbound SMS rule that calls a URL: every field ClickSend lists, webhook as JSON', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('create', {
				ruleType: 'inboundSms',
				ruleName: 'Replies to support',
				action: 'URL',
				actionAddress: 'https://example.com/hook',
				dedicatedNumber: '+61 411 111 111',
				messageSearchType: 2,
				messageSearchTerm: 'HELP',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/automations/sms/inbound')[0].body).toEqual({
			rule_name: 'Replies to support',
			dedicated_number: '+61411111111',
			message_search_type: 2,
			message_search_term: 'HELP',
			action: 'URL',
			action_address: 'https://example.com/hook',
			enabled: 1,
			webhook_type: 'json',
		});
		// The spec's example answer, with rule_id and rule_type first.
		expect(result.items[0].json).toMatchObject({
			rule_id: 10,
			rule_type: 'inboundSms',
			inbound_rule_id: 10,
		});
	});

	it.each([
		['smsReceipt', '/automations/sms/receipts'],
		['voiceReceipt', '/automations/voice/receipts'],
		['emailReceipt', '/automations/email/receipts'],
		['faxReceipt', '/automations/fax/receipts'],
	])('a %s rule that emails an address: match_type 0, no number or match', async (type, path) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('create', {
				ruleType: type,
				ruleName: 'Receipts by email',
				action: 'EMAIL_FIXED',
				actionAddress: ' test1@test.com ',
				enabled: false,
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', path)[0].body).toEqual({
			rule_name: 'Receipts by email',
			match_type: 0,
			action: 'EMAIL_FIXED',
			action_address: 'test1@test.com',
			enabled: 0,
		});
		expect(result.items[0].json).toMatchObject({ rule_type: type, rule_id: expect.anything() });
	});

	it('an inbound fax rule for all numbers that keeps faxes for polling', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('create', { ruleType: 'inboundFax', ruleName: 'Poll', action: 'POLL' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/automations/fax/inbound')[0].body).toEqual({
			rule_name: 'Poll',
			dedicated_number: '*',
			action: 'POLL',
			action_address: '',
			enabled: 1,
		});
	});

	it.each([
		['an empty rule name', { ruleName: '={{ "  " }}' }, /^Rule Name is empty$/],
		[
			'a URL that is not one',
			{ actionAddress: 'example' },
			/^Action Address "example" is not a web address$/,
		],
		[
			'an email address for Email an Address that is not one',
			{ action: 'EMAIL_FIXED', actionAddress: 'support' },
			/^Action Address "support" is not an email address$/,
		],
		[
			'a phone number for Forward by SMS that is not one',
			{ action: 'SMS', actionAddress: '12' },
			/^Action Address "12" is not a phone number/,
		],
		[
			'a dedicated number that is not one',
			{ dedicatedNumber: 'all' },
			/^Dedicated Number "all" is not a phone number/,
		],
		[
			'a match without its text',
			{ messageSearchType: 1, messageSearchTerm: '' },
			/^Match Text is empty$/,
		],
		[
			'an object mapped into the address',
			{ actionAddress: '={{ { url: "https://example.com" } }}' },
			/^Action Address received an object/,
		],
	])('%s is refused before any request', async (_name, change, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('create', {
				ruleType: 'inboundSms',
				ruleName: 'Rule',
				action: 'URL',
				actionAddress: 'https://example.com/hook',
				...change,
			}),
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		['a 500', failure(500, 'INTERNAL_ERROR', 'Oops.')],
		['an HTML 502 page', FAULTS.html(502)],
		['a dropped connection', FAULTS.drop],
	])('is never retried after %s, so a rule is never created twice', async (_name, answer) => {
		api.standIn.on('POST', '/automations/sms/receipts', answer);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('create', {
				ruleType: 'smsReceipt',
				ruleName: 'Rule',
				action: 'URL',
				actionAddress: 'https://example.com/hook',
			}),
		});
		expect(result.error).toBeDefined();
		expect(api.standIn.requestsTo('POST', '/automations/sms/receipts')).toHaveLength(1);
	});

	it('is retried after a 429 (nothing can have been created)', async () => {
		api.standIn.on(
			'POST',
			'/automations/sms/receipts',
			failure(429, 'TOO_MANY_REQUESTS', 'Slow down.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('create', {
				ruleType: 'smsReceipt',
				ruleName: 'Rule',
				action: 'POLL',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/automations/sms/receipts')).toHaveLength(2);
	});
});

describe('Automation Rule → Get, Delete (every rule type)', () => {
	it.each(RULE_PATHS)('%s: GET and DELETE %s/{id}', async (type, path) => {
		const got = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('get', { ruleType: type, ruleId: byId(' 7 ') }),
		});
		expect(got.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', `${path}/7`)).toHaveLength(1);
		expect(got.items[0].json).toMatchObject({ rule_type: type, rule_id: expect.anything() });
		const deleted = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('delete', { ruleType: type, ruleId: byId('7') }),
		});
		expect(deleted.error).toBeUndefined();
		expect(api.standIn.requestsTo('DELETE', `${path}/7`)).toHaveLength(1);
		expect(deleted.items[0].json).toMatchObject({ deleted: true, rule_type: type, rule_id: 7 });
	});

	it.each(NOT_SUCCESS_200)(
		'Get: a 200 with %s is an error carrying it',
		async (_name, answer, message) => {
			api.standIn.on('GET', '/automations/sms/inbound/7', answer);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: rule('get', { ruleType: 'inboundSms', ruleId: byId('7') }),
			});
			expect(result.error?.message).toBe(message);
		},
	);

	it('Delete: a 5xx then success is retried once (deleting twice changes nothing)', async () => {
		api.standIn.on(
			'DELETE',
			'/automations/voice/receipts/7',
			failure(503, 'SERVICE_UNAVAILABLE', 'Later.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('delete', { ruleType: 'voiceReceipt', ruleId: byId('7') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('DELETE', '/automations/voice/receipts/7')).toHaveLength(2);
	});

	it('with Continue On Fail, a failing item outputs its error and the next one goes on', async () => {
		api.standIn.on('GET', '/automations/sms/inbound/1', failure(404, 'NOT_FOUND', 'No rule.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('get', { ruleType: 'inboundSms', ruleId: byId('={{ $json.id }}') }),
			items: [{ id: 1 }, { id: 2 }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.error).toMatch(/NOT_FOUND/);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json.rule_id).toBeDefined();
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
	});
});

describe('Automation Rule: a Rule ID that cannot be one sends nothing', () => {
	const operations: Array<[string, IDataObject]> = [
		['get', {}],
		['delete', {}],
		['update', { updateFields: { ruleName: 'x' } }],
		['sendTestEvent', { sendTo: 'rule' }],
	];
	it.each(
		operations.flatMap(([operation, extra]) =>
			BAD_IDS.map(([what, value, tail]) => [operation, what, value, tail, extra] as const),
		),
	)('%s with a Rule %s', async (operation, _what, value, tail, extra) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule(operation, {
				ruleType: 'inboundSms',
				ruleId: byId('={{ $json.id }}'),
				...extra,
			}),
			items: [{ id: value }],
		});
		expect(result.error?.message).toBe(`Rule${tail}`);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Automation Rule → Get Many', () => {
	const row = (index: number) => ({
		receipt_rule_id: index + 1,
		rule_name: `Rule ${index + 1}`,
		match_type: 0,
		action: 'URL',
		action_address: 'https://example.com',
		enabled: 1,
	});
	const all = Array.from({ length: 230 }, (_, index) => index + 1);

	it('lists the rules of the chosen type, at most Limit rows, each with rule_id', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('getAll', { ruleType: 'faxReceipt', limit: 1 }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ rule_id: 1, rule_type: 'faxReceipt' });
		expect(api.standIn.requestsTo('GET', '/automations/fax/receipts')[0].query).toEqual({
			page: '1',
			limit: '15',
		});
	});

	it.each(PAGE_FAULTS)(
		'Return All with %s on page 2: every rule exactly once',
		async (_name, answer) => {
			api.standIn.on('GET', '/automations/voice/receipts', pagedList(230, row));
			api.standIn.on('GET', '/automations/voice/receipts', onPage(2, answer), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: rule('getAll', { ruleType: 'voiceReceipt', returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.rule_id)).toEqual(all);
			expect(
				api.standIn.requestsTo('GET', '/automations/voice/receipts').map((r) => r.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
		20_000,
	);

	it.each([[0], [-3], ['ten']])('Limit %p is refused before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('getAll', { ruleType: 'inboundSms', limit }) as never,
		});
		expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Automation Rule → Update', () => {
	const current = success({
		inbound_rule_id: 10,
		dedicated_number: '+61411111111',
		rule_name: 'Old name',
		message_search_type: 2,
		message_search_term: 'HELP',
		action: 'URL',
		action_address: 'https://example.com/old',
		enabled: 1,
		webhook_type: 'post',
	});

	it('reads the rule, applies the changed fields and puts the whole rule', async () => {
		api.standIn.on('GET', '/automations/sms/inbound/10', current);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('update', {
				ruleType: 'inboundSms',
				ruleId: byId('10'),
				updateFields: { actionAddress: 'https://example.com/new', enabled: false },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/automations/sms/inbound/10')[0].body).toEqual({
			rule_name: 'Old name',
			dedicated_number: '+61411111111',
			message_search_type: 2,
			message_search_term: 'HELP',
			action: 'URL',
			action_address: 'https://example.com/new',
			enabled: 0,
			webhook_type: 'post',
		});
		expect(result.items[0].json).toMatchObject({ rule_id: 10, rule_type: 'inboundSms' });
	});

	it('a fax receipt rule: the whole rule, though the spec lists only action_address', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('update', {
				ruleType: 'faxReceipt',
				ruleId: byId('1'),
				updateFields: { ruleName: 'Fax receipts' },
			}),
		});
		expect(result.error).toBeUndefined();
		// The spec's example rule (GET) with the new name.
		expect(api.standIn.requestsTo('PUT', '/automations/fax/receipts/1')[0].body).toEqual({
			rule_name: 'Fax receipts',
			match_type: 0,
			action: 'URL',
			action_address: 'http://yourdomain.com',
			enabled: 1,
		});
	});

	it('Update Fields left empty is refused before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('update', { ruleType: 'inboundSms', ruleId: byId('10') }),
		});
		expect(result.error?.message).toBe('Update Fields is empty');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('a changed field is checked like on Create, after the read and before any write', async () => {
		api.standIn.on('GET', '/automations/sms/inbound/10', current);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('update', {
				ruleType: 'inboundSms',
				ruleId: byId('10'),
				updateFields: { actionAddress: 'not a url' },
			}),
		});
		expect(result.error?.message).toBe('Action Address "not a url" is not a web address');
		expect(api.standIn.requestsTo('PUT', /automations/)).toHaveLength(0);
	});
});

describe('Automation Rule → Send Test Event', () => {
	// ClickSend's API reference documents only `url` for POST /sms/inbound; the spec adds `webhook_type`,
	// which the node sends so that the test reaches the rule's URL in the rule's own format.
	it("fires ClickSend's test inbound SMS at the URL of a rule, in the rule's webhook format", async () => {
		api.standIn.on(
			'GET',
			'/automations/sms/inbound/10',
			success({
				inbound_rule_id: 10,
				rule_name: 'n8n: Replies (ClickSend Trigger)',
				action: 'URL',
				action_address: 'https://n8n.example.com/webhook/abc/webhook?token=secret',
				enabled: 1,
				webhook_type: 'json',
			}),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('sendTestEvent', {
				ruleType: 'inboundSms',
				sendTo: 'rule',
				ruleId: byId('10'),
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/inbound')[0].body).toEqual({
			url: 'https://n8n.example.com/webhook/abc/webhook?token=secret',
			webhook_type: 'json',
		});
		// The spec's example test message.
		expect(result.items[0].json).toMatchObject({
			message_id: expect.any(String),
			from: expect.any(String),
		});
	});

	it('fires a test SMS receipt at any URL', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('sendTestEvent', {
				ruleType: 'smsReceipt',
				sendTo: 'url',
				url: 'https://example.com/receipts',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/receipts')[0].body).toEqual({
			url: 'https://example.com/receipts',
		});
		expect(result.items[0].json).toMatchObject({ status_code: 201 });
	});

	it('a rule that does not call a URL is refused before the test request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('sendTestEvent', {
				ruleType: 'smsReceipt',
				sendTo: 'rule',
				ruleId: byId('5'),
			}),
		});
		// The spec's example SMS receipt rule emails john@doe.com.
		expect(result.error?.message).toBe('Rule 5 does not call a URL (its action is EMAIL_FIXED)');
		expect(api.standIn.requestsTo('POST', '/sms/receipts')).toHaveLength(0);
	});

	it.each([
		['empty', '={{ "" }}', /^URL is empty$/],
		['not a web address', 'example', /^URL "example" is not a web address$/],
		['an object', '={{ { url: 1 } }}', /^URL received an object/],
	])('a URL that is %s is refused before any request', async (_name, url, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('sendTestEvent', { ruleType: 'inboundSms', sendTo: 'url', url }),
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Rule Type other than inbound SMS or SMS receipt is refused (mapped in a saved workflow)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: rule('sendTestEvent', {
				ruleType: 'faxReceipt',
				sendTo: 'url',
				url: 'https://example.com',
			}),
		});
		expect(result.error?.message).toBe('ClickSend has no test event for Fax Delivery Receipt');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('searchAutomationRules (the Rule picker)', () => {
	it('lists the rules of the Rule Type chosen in the node, with name, id and action', async () => {
		const found = await listSearch(
			api.standIn.baseUrl,
			'searchAutomationRules',
			'rule',
			undefined,
			{
				ruleType: 'smsReceipt',
			},
		);
		expect(api.standIn.requestsTo('GET', '/automations/sms/receipts')).toHaveLength(1);
		expect(found.results[0]).toEqual({ name: 'My Rule (5, EMAIL_FIXED)', value: '5' });
	});

	it('inbound SMS rules are listed by sms_inbound_rule_id (the spec list example)', async () => {
		const found = await listSearch(api.standIn.baseUrl, 'searchAutomationRules', '', undefined, {
			...rule('get'),
			ruleType: 'inboundSms',
		});
		expect(api.standIn.requestsTo('GET', '/automations/sms/inbound')).toHaveLength(1);
		expect(found.results[0].value).toBe('1');
	});
});
