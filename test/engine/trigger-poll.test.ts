import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { pagedList } from '../harness/answers';
import type { ClickSendStandIn, RecordedRequest } from '../harness/stand-in';
import { PollingTriggerHarness } from '../harness/trigger';
import { useStandIn } from '../harness/use-stand-in';
import {
	getTriggerEvent,
	POLLABLE_EVENTS,
	type TriggerEvent,
} from '../../nodes/ClickSendEvents/events';
import { MAX_PAGES_PER_POLL } from '../../nodes/ClickSendPollingTrigger/pollState';

const api = useStandIn();
let standIn: ClickSendStandIn;
beforeEach(() => (standIn = api.standIn));

function page(rows: IDataObject[]) {
	return {
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here are your data.',
			data: {
				total: rows.length,
				per_page: 100,
				current_page: 1,
				last_page: 1,
				next_page_url: null,
				prev_page_url: null,
				data: rows,
			},
		},
	};
}

/** The list endpoint answers whatever `rows` holds at the time of the request. */
function serve(path: string, rows: IDataObject[]) {
	standIn.on('GET', path, () => page(rows));
}

/**
 * ClickSend's list at `path` as ClickSend pages it: by the request's `page` and `limit` (15 when
 * absent), over `rows` as they are when each request arrives; `beforeAnswer` may change them first.
 */
function servePaged(
	path: string,
	rows: IDataObject[],
	beforeAnswer?: (request: RecordedRequest) => void,
) {
	standIn.on('GET', path, (request) => {
		beforeAnswer?.(request);
		return pagedList(rows.length, (index) => rows[index])(request);
	});
}

/** The pages (`page` query) of GET `path` requested since `from` requests, in order. */
function pagesRequested(path: string, from = 0): number[] {
	return standIn
		.requestsTo('GET', path)
		.slice(from)
		.map((request) => Number(request.query.page));
}

function inbound(id: string, timestamp: number, extra: IDataObject = {}): IDataObject {
	// Field set of the spec's view-inbound-sms example (timestamp_send, not timestamp).
	return {
		timestamp_send: timestamp,
		from: '+61411111111',
		body: `message ${id}`,
		original_body: 'test msg',
		original_message_id: '1EF54639-F16D-681E-947A-4F4FCDFD2B87',
		to: '+61422222222',
		custom_string: '',
		message_id: id,
		_keyword: 'message',
		...extra,
	};
}

function receipt(id: string, timestamp: number, statusCode = '201'): IDataObject {
	return {
		timestamp_send: String(timestamp - 5),
		timestamp: String(timestamp),
		message_id: id,
		status_code: statusCode,
		status_text: 'Success: Message received on handset.',
		error_code: null,
		error_text: null,
		custom_string: null,
		message_type: 'voice',
		digits: 2,
	};
}

const ids = (output: Array<Array<{ json: IDataObject }>> | null) =>
	(output?.[0] ?? []).map((item) => item.json.message_id);

function envelope(status: number, code: string, msg: string, data: unknown = null) {
	return { http_code: status, response_code: code, response_msg: msg, data };
}

/**
 * The account's automation rules for one event behind the (spec-validating) stand-in:
 * `GET <rulePath>` lists them as one page, `POST <rulePath>` adds one and answers it with its id.
 */
class AccountRules {
	readonly rules: IDataObject[] = [];

	private nextId = 4242;

	constructor(
		readonly event: TriggerEvent,
		existing: IDataObject[] = [],
	) {
		this.rules.push(...existing);
		standIn.on('GET', event.rulePath, () => ({
			status: 200,
			body: envelope(200, 'SUCCESS', 'Your list of rules.', {
				total: this.rules.length,
				per_page: 100,
				current_page: 1,
				last_page: 1,
				next_page_url: null,
				prev_page_url: null,
				from: 1,
				to: this.rules.length,
				data: this.rules,
			}),
		}));
		standIn.on('POST', event.rulePath, (request: RecordedRequest) => {
			const rule = { [event.ruleIdField]: this.nextId++, ...(request.body as IDataObject) };
			this.rules.push(rule);
			return { status: 200, body: envelope(200, 'SUCCESS', 'Your record has been added.', rule) };
		});
	}

	lists(): number {
		return standIn.requestsTo('GET', this.event.rulePath).length;
	}

	creates(): IDataObject[] {
		return standIn
			.requestsTo('POST', this.event.rulePath)
			.map((request) => request.body as IDataObject);
	}
}

const pollRuleOf = (harness: PollingTriggerHarness) =>
	harness.nodeStaticData.pollRule as IDataObject | undefined;

describe('ClickSend Polling Trigger — events', () => {
	it('first activation records where history ends and emits nothing; three polls emit each event once', async () => {
		const rows = [inbound('OLD-1', 1700000000), inbound('OLD-2', 1700000100)];
		serve('/sms/inbound', rows);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'inboundSms' });

		expect(await harness.poll()).toBeNull();
		expect(harness.nodeStaticData.events).toMatchObject({
			before: 1700000100,
			seen: { 'inboundSms:OLD-2': 1700000100 },
		});

		// Poll 1: two new events, one of them at the cursor's very second.
		rows.push(inbound('NEW-1', 1700000100), inbound('NEW-2', 1700000200));
		const first = await harness.poll();
		expect(ids(first)).toEqual(['NEW-1', 'NEW-2']);
		expect(first![0][0].json).toMatchObject({
			event: 'inboundSms',
			eventId: 'inboundSms:NEW-1',
			from: '+61411111111',
			to: '+61422222222',
			body: 'message NEW-1',
			receivedAt: '2023-11-14T22:15:00.000Z',
		});

		// Poll 2: the same list plus one newer event (ClickSend keeps unread events listed).
		rows.push(inbound('NEW-3', 1700000300));
		expect(ids(await harness.poll())).toEqual(['NEW-3']);

		// Poll 3: nothing new.
		expect(await harness.poll()).toBeNull();
		expect(standIn.requestsTo('GET', '/sms/inbound')).toHaveLength(4);
		expect(standIn.requestsTo('GET', '/sms/inbound')[0].query).toMatchObject({
			page: '1',
			limit: '100',
		});
		expect(standIn.requestsTo('PUT', '/sms/inbound-read')).toHaveLength(0);
	});

	it('an empty history on activation means every later event is new', async () => {
		const rows: IDataObject[] = [];
		serve('/sms/receipts', rows);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'smsReceipt' });
		expect(await harness.poll()).toBeNull();
		rows.push(receipt('R-1', 1700000000, '200'), receipt('R-1', 1700000050, '201'));
		const output = await harness.poll();
		expect(output![0].map((item) => item.json.deliveryStatus)).toEqual(['queued', 'delivered']);
		expect(await harness.poll()).toBeNull();
	});

	it('a poll that throws keeps nothing, so the next poll emits its events; a poll that returned them never emits them again', async () => {
		// n8n 2.41.1 commits the poll's staged static data with the execution it starts, before the
		// run: a run that fails afterwards does not replay its events (docs/triggers.md).
		const rows = [inbound('OLD', 1700000000)];
		serve('/sms/inbound', rows);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		await harness.poll();
		rows.push(inbound('NEW', 1700000100));
		standIn.on(
			'GET',
			'/sms/inbound',
			{ status: 400, body: envelope(400, 'BAD_REQUEST', 'Try later.') },
			1,
		);
		await expect(harness.poll()).rejects.toThrow('BAD_REQUEST');
		expect(ids(await harness.poll())).toEqual(['NEW']);
		expect(await harness.poll()).toBeNull();
	});

	it('Mark as Read sends PUT /sms/inbound-read with date_before after emitting', async () => {
		const rows = [inbound('OLD', 1700000000)];
		serve('/sms/inbound', rows);
		const harness = new PollingTriggerHarness(standIn.baseUrl, {
			event: 'inboundSms',
			options: { markAsRead: true },
		});
		await harness.poll();
		expect(standIn.requestsTo('PUT', '/sms/inbound-read')).toHaveLength(0);
		rows.push(inbound('NEW', 1700000500));
		await harness.poll();
		const [markRead] = standIn.requestsTo('PUT', '/sms/inbound-read');
		expect(markRead.body).toEqual({ date_before: 1700000500 });
	});

	it('inbound SMS polling applies the dedicated number and message match filters; its POLL rule keeps every message to the number', async () => {
		const rules = new AccountRules(getTriggerEvent('inboundSms'));
		const rows: IDataObject[] = [];
		serve('/sms/inbound', rows);
		const harness = new PollingTriggerHarness(standIn.baseUrl, {
			event: 'inboundSms',
			dedicatedNumber: '+61422222222',
			messageSearchType: 1,
			messageSearchTerm: 'order',
		});
		await harness.poll();
		// As the spec's POLL example for POST /automations/sms/inbound; no webhook_type. The node
		// applies Message Match itself.
		expect(rules.creates()).toEqual([
			{
				dedicated_number: '+61422222222',
				rule_name: 'n8n polling: Inbound orders',
				message_search_type: 0,
				message_search_term: null,
				action: 'POLL',
				action_address: '',
				enabled: 1,
			},
		]);
		expect(pollRuleOf(harness)).toMatchObject({
			ruleId: '4242',
			created: true,
			dedicatedNumber: '+61422222222',
		});
		rows.push(
			inbound('A', 1700000001, { body: 'ORDER 1' }),
			inbound('B', 1700000002, { body: 'hello' }),
			inbound('C', 1700000003, { body: 'order 2', to: '+61433333333' }),
		);
		expect(ids(await harness.poll())).toEqual(['A']);
	});

	it.each([
		['voiceReceipt', '/voice/receipts'],
		['faxReceipt', '/fax/receipts'],
	])(
		'%s polls %s in pages of 100 (the API reference pages it; the spec lists no page/limit)',
		async (event, path) => {
			const rows = [receipt('OLD', 1442381791)];
			serve(path, rows);
			const harness = new PollingTriggerHarness(standIn.baseUrl, { event });
			await harness.poll();
			rows.push(receipt('NEW', 1442381829));
			const output = await harness.poll();
			expect(ids(output)).toEqual(['NEW']);
			expect(output![0][0].json).toMatchObject({
				event,
				eventId: `${event}:NEW:201`,
				deliveryStatus: 'delivered',
				digits: 2,
			});
			expect(standIn.requestsTo('GET', path).map((request) => request.query)).toEqual([
				{ page: '1', limit: '100' },
				{ page: '1', limit: '100' },
			]);
		},
	);

	it('the default spec example of GET /voice/receipts is accepted as is', async () => {
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'voiceReceipt' });
		expect(await harness.poll()).toBeNull();
		expect(harness.nodeStaticData.events).toMatchObject({ before: 1442381829 });
	});

	it('a manual run returns the latest event so its fields can be mapped, and changes nothing', async () => {
		serve('/sms/inbound', [inbound('B', 1700000200), inbound('A', 1700000100)]);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		const result = await harness.manualRun();
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.message_id)).toEqual(['B']);
		expect(harness.nodeStaticData.events).toBeUndefined();
	});

	// The exact items docs/triggers.md shows: ClickSend's example lists from the spec (the stand-in's
	// default answers, as are the rule look-up and creation here), newest row.
	it.each([
		[
			'inboundSms',
			{
				timestamp_send: 1722997250,
				timestamp_send_iso: '2024-08-07T02:20:50.000Z',
				from: '+61123456789',
				body: 'reply to msg on 7 aug 2024',
				original_body: 'test msg',
				original_message_id: '1EF54639-F16D-681E-947A-4F4FCDFD2B87',
				to: '+61113456789',
				custom_string: '',
				message_id: 'D2F2BCC3-6558-4DAA-858E-AD7529CC809C',
				_keyword: 'reply',
				event: 'inboundSms',
				eventId: 'inboundSms:D2F2BCC3-6558-4DAA-858E-AD7529CC809C',
				receivedAt: '2024-08-07T02:20:50.000Z',
			},
		],
		[
			'smsReceipt',
			{
				timestamp_send: 1722565661,
				timestamp_send_iso: '2024-08-02T02:27:41.000Z',
				timestamp: 1722565661,
				timestamp_iso: '2024-08-02T02:27:41.000Z',
				message_id: 'D6D16B28-46AC-484A-AB0A-A08CD08EF75C',
				status_code: '201',
				status_text: 'Success: Message received on handset.',
				error_code: null,
				error_text: null,
				custom_string: null,
				subaccount_id: 123456,
				message_type: 'sms',
				digits: null,
				event: 'smsReceipt',
				eventId: 'smsReceipt:D6D16B28-46AC-484A-AB0A-A08CD08EF75C:201',
				deliveryStatus: 'delivered',
				receivedAt: '2024-08-02T02:27:41.000Z',
			},
		],
		[
			'voiceReceipt',
			{
				timestamp_send: '1442381829',
				timestamp_send_iso: '2015-09-16T05:37:09.000Z',
				timestamp: '1442381829',
				timestamp_iso: '2015-09-16T05:37:09.000Z',
				message_id: '23C8ADA3-FD8B-420B-801A-F829BB87AC6F',
				status_code: '201',
				status_text: 'Success: Message received on handset.',
				error_code: null,
				error_text: null,
				custom_string: null,
				message_type: 'voice',
				digits: 5,
				event: 'voiceReceipt',
				eventId: 'voiceReceipt:23C8ADA3-FD8B-420B-801A-F829BB87AC6F:201',
				deliveryStatus: 'delivered',
				receivedAt: '2015-09-16T05:37:09.000Z',
			},
		],
		[
			'faxReceipt',
			{
				timestamp_send: '1450854013',
				timestamp_send_iso: '2015-12-23T07:00:13.000Z',
				timestamp: '1451200622',
				timestamp_iso: '2015-12-27T07:17:02.000Z',
				message_id: '88AB118E-EB1B-478C-98CE-6C73ABA23F67',
				status_code: 'Completed',
				status_text: '',
				error_code: '',
				error_text: '',
				custom_string: '',
				subaccount_id: 1,
				message_type: 'fax',
				event: 'faxReceipt',
				eventId: 'faxReceipt:88AB118E-EB1B-478C-98CE-6C73ABA23F67:Completed',
				deliveryStatus: 'completed',
				receivedAt: '2015-12-27T07:17:02.000Z',
			},
		],
	])(
		"%s: a manual run over the spec's example list outputs exactly the documented item",
		async (event, expected) => {
			const harness = new PollingTriggerHarness(standIn.baseUrl, { event });
			const result = await harness.manualRun();
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json)).toEqual([expected]);
		},
	);

	it('a manual run with nothing to show says so', async () => {
		serve('/sms/receipts', []);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'smsReceipt' });
		const result = await harness.manualRun();
		expect(result.error?.message).toContain('No SMS delivery receipt is waiting in ClickSend yet');
	});

	it('webhook-only events (set by hand, the dropdown does not offer them) explain themselves', async () => {
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'inboundFax' });
		await expect(harness.poll()).rejects.toThrow(
			'The inbound fax event can only be received by webhook',
		);
		expect(standIn.requests).toHaveLength(0);
	});
});

describe('ClickSend Polling Trigger — the POLL rule that keeps events at ClickSend', () => {
	it('is a polling trigger over the four events that have a list endpoint, with no webhooks', () => {
		const { description } = new PollingTriggerHarness(standIn.baseUrl, { event: 'inboundSms' })
			.nodeType;
		expect(description).toMatchObject({
			name: 'clickSendPollingTrigger',
			displayName: 'ClickSend Polling Trigger',
			polling: true,
		});
		expect(description.webhooks).toBeUndefined();
		const event = description.properties.find((property) => property.name === 'event')!;
		expect(event.options!.map((option) => (option as { value: string }).value)).toEqual([
			'inboundSms',
			'smsReceipt',
			'faxReceipt',
			'voiceReceipt',
		]);
	});

	it('an existing enabled POLL rule that covers the events is reused: nothing is created, and it is looked up once', async () => {
		const rules = new AccountRules(getTriggerEvent('inboundSms'), [
			// Spec's list shape (sms_inbound_rule_id); none of the first four fits.
			{
				sms_inbound_rule_id: 1,
				dedicated_number: '*',
				rule_name: 'Forward',
				message_search_type: 0,
				message_search_term: null,
				action: 'URL',
				action_address: 'https://example.com',
				enabled: 1,
			},
			{
				sms_inbound_rule_id: 2,
				dedicated_number: '*',
				rule_name: 'Old poll',
				message_search_type: 0,
				message_search_term: null,
				action: 'POLL',
				action_address: '',
				enabled: 0,
			},
			{
				sms_inbound_rule_id: 3,
				dedicated_number: '+61433333333',
				rule_name: 'Other number',
				message_search_type: 0,
				message_search_term: null,
				action: 'POLL',
				action_address: '',
				enabled: 1,
			},
			{
				sms_inbound_rule_id: 4,
				dedicated_number: '*',
				rule_name: 'Only STOP',
				message_search_type: 1,
				message_search_term: 'STOP',
				action: 'POLL',
				action_address: '',
				enabled: 1,
			},
			{
				sms_inbound_rule_id: 5,
				dedicated_number: '+61422222222',
				rule_name: 'Poll my number',
				message_search_type: 0,
				message_search_term: null,
				action: 'poll',
				action_address: '',
				enabled: 1,
			},
		]);
		serve('/sms/inbound', []);
		const harness = new PollingTriggerHarness(standIn.baseUrl, {
			event: 'inboundSms',
			dedicatedNumber: '+61422222222',
		});
		await harness.poll();
		await harness.poll();
		await harness.poll();
		expect(rules.creates()).toEqual([]);
		expect(rules.lists()).toBe(1);
		expect(standIn.requestsTo('GET', '/automations/sms/inbound')[0].query).toMatchObject({
			page: '1',
			limit: '100',
		});
		expect(pollRuleOf(harness)).toEqual({
			event: 'inboundSms',
			dedicatedNumber: '+61422222222',
			rulePath: '/automations/sms/inbound',
			ruleId: '5',
			created: false,
		});
		expect(standIn.requestsTo('GET', '/sms/inbound')).toHaveLength(3);
	});

	it('a receipt rule must report everything (match_type 0) to be reused', async () => {
		const rules = new AccountRules(getTriggerEvent('smsReceipt'), [
			{
				receipt_rule_id: 8,
				rule_name: 'Some',
				match_type: 1,
				action: 'POLL',
				action_address: '',
				enabled: 1,
			},
			{
				receipt_rule_id: 9,
				rule_name: 'All',
				match_type: 0,
				action: 'POLL',
				action_address: '',
				enabled: 1,
			},
		]);
		serve('/sms/receipts', []);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'smsReceipt' });
		await harness.poll();
		expect(rules.creates()).toEqual([]);
		expect(pollRuleOf(harness)).toMatchObject({ ruleId: '9', created: false });
	});

	it.each(
		POLLABLE_EVENTS.filter((event) => event.kind === 'receipt').map(
			(event) => [event.name, event] as const,
		),
	)(
		'%s: with no POLL rule, one is created on the first poll and its id is kept across polls',
		async (_name, event) => {
			const rules = new AccountRules(event, [
				{
					receipt_rule_id: 1,
					rule_name: 'Webhook',
					match_type: 0,
					action: 'URL',
					action_address: 'https://example.com',
					enabled: 1,
				},
			]);
			serve(event.pollPath!, []);
			const harness = new PollingTriggerHarness(
				standIn.baseUrl,
				{ event: event.value },
				'Receipts to CRM',
			);
			expect(await harness.poll()).toBeNull();
			expect(await harness.poll()).toBeNull();
			expect(await harness.poll()).toBeNull();
			expect(rules.creates()).toEqual([
				{
					rule_name: 'n8n polling: Receipts to CRM',
					match_type: 0,
					action: 'POLL',
					action_address: '',
					enabled: 1,
				},
			]);
			expect(rules.lists()).toBe(1);
			// Kept through the JSON round trip of static data.
			expect(pollRuleOf(harness)).toEqual({
				event: event.value,
				dedicatedNumber: '*',
				rulePath: event.rulePath,
				ruleId: '4242',
				created: true,
			});
			// The rule is made sure of before the event list is read.
			const order = standIn.requests.map((request) => `${request.method} ${request.path}`);
			expect(order.indexOf(`POST ${event.rulePath}`)).toBeLessThan(
				order.indexOf(`GET ${event.pollPath}`),
			);
		},
	);

	it('another event or dedicated number makes the next poll look again (and create where nothing fits)', async () => {
		const rules = new AccountRules(getTriggerEvent('inboundSms'), [
			{
				inbound_rule_id: 7,
				dedicated_number: '+61411111111',
				rule_name: 'Mine',
				message_search_type: 0,
				message_search_term: null,
				action: 'POLL',
				action_address: '',
				enabled: 1,
			},
		]);
		serve('/sms/inbound', []);
		const harness = new PollingTriggerHarness(standIn.baseUrl, {
			event: 'inboundSms',
			dedicatedNumber: '+61411111111',
		});
		await harness.poll();
		expect(pollRuleOf(harness)).toMatchObject({ ruleId: '7', created: false });
		harness.parameters = { event: 'inboundSms', dedicatedNumber: '+61422222222' };
		await harness.poll();
		expect(rules.lists()).toBe(2);
		expect(rules.creates()).toHaveLength(1);
		expect(pollRuleOf(harness)).toMatchObject({
			ruleId: '4242',
			created: true,
			dedicatedNumber: '+61422222222',
		});
	});

	it('a refused creation is a NodeApiError saying what to set up by hand; nothing is read or recorded, the next poll tries again', async () => {
		new AccountRules(getTriggerEvent('smsReceipt'));
		standIn.on('POST', '/automations/sms/receipts', {
			status: 403,
			body: envelope(403, 'FORBIDDEN', 'Sub-accounts cannot manage rules.'),
		});
		serve('/sms/receipts', []);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'smsReceipt' });
		const failure = (await harness.poll().catch((error: unknown) => error)) as NodeApiError;
		expect(failure).toBeInstanceOf(NodeApiError);
		expect(failure.message).toBe(
			'Could not create the Poll rule for SMS delivery receipt events: ClickSend: Sub-accounts cannot manage rules (FORBIDDEN)',
		);
		expect(failure.description).toContain(
			'Or create the rule in ClickSend: Messaging Settings → SMS & MMS → Delivery Report Rules → Add New Rule → action "Poll"',
		);
		expect(failure.httpCode).toBe('403');
		expect(standIn.requestsTo('GET', '/sms/receipts')).toHaveLength(0);
		expect(pollRuleOf(harness)).toBeUndefined();

		await harness.poll().catch(() => undefined);
		expect(standIn.requestsTo('POST', '/automations/sms/receipts')).toHaveLength(2);
	});

	it('a failed rule lookup is the same clear error', async () => {
		standIn.on('GET', '/automations/voice/receipts', {
			status: 401,
			body: envelope(401, 'INVALID_CREDENTIALS', 'Invalid credentials.'),
		});
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'voiceReceipt' });
		await expect(harness.poll()).rejects.toThrow(
			'Could not look up the Poll rule for voice delivery receipt events: ClickSend rejected the API username or API key (INVALID_CREDENTIALS)',
		);
		expect(standIn.requestsTo('POST', '/automations/voice/receipts')).toHaveLength(0);
	});

	it('a manual run ("Fetch Test Event") makes sure of the rule too; a second manual run finds the rule it created', async () => {
		const rules = new AccountRules(getTriggerEvent('inboundSms'));
		serve('/sms/inbound', [inbound('A', 1700000100)]);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		expect((await harness.manualRun()).items.map((item) => item.json.message_id)).toEqual(['A']);
		expect((await harness.manualRun()).error).toBeUndefined();
		expect(rules.creates()).toHaveLength(1);
		expect(rules.lists()).toBe(2);
	});

	it('a poll that fails after creating the rule (n8n drops its staged static data) does not create a second rule', async () => {
		const rules = new AccountRules(getTriggerEvent('smsReceipt'));
		serve('/sms/receipts', []);
		standIn.on(
			'GET',
			'/sms/receipts',
			{ status: 400, body: envelope(400, 'BAD_REQUEST', 'Try later.') },
			1,
		);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'smsReceipt' });
		await expect(harness.poll()).rejects.toThrow('BAD_REQUEST');
		expect(pollRuleOf(harness)).toBeUndefined();
		expect(await harness.poll()).toBeNull();
		expect(rules.creates()).toHaveLength(1);
		expect(rules.lists()).toBe(2);
		expect(pollRuleOf(harness)).toMatchObject({ ruleId: '4242', created: false });
	});

	it('a manual run looks again even with a recorded rule, and re-creates one deleted in the dashboard', async () => {
		const rules = new AccountRules(getTriggerEvent('voiceReceipt'));
		serve('/voice/receipts', [receipt('V', 1442381791)]);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'voiceReceipt' });
		await harness.poll();
		expect(pollRuleOf(harness)).toMatchObject({ ruleId: '4242' });
		rules.rules.length = 0;
		await harness.poll();
		expect(rules.lists()).toBe(1); // scheduled polls trust the record
		const result = await harness.manualRun();
		expect(result.error).toBeUndefined();
		expect(rules.lists()).toBe(2);
		expect(rules.creates()).toHaveLength(2);
		expect(rules.rules).toEqual([
			expect.objectContaining({ receipt_rule_id: 4243, action: 'POLL' }),
		]);
	});

	it('a manual run whose rule creation is refused shows the error', async () => {
		new AccountRules(getTriggerEvent('faxReceipt'));
		standIn.on('POST', '/automations/fax/receipts', {
			status: 400,
			body: envelope(400, 'BAD_REQUEST', 'Invalid action.'),
		});
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'faxReceipt' });
		const result = await harness.manualRun();
		expect(result.error?.message).toBe(
			'Could not create the Poll rule for fax delivery receipt events: ClickSend: Invalid action (BAD_REQUEST)',
		);
		expect(result.items).toEqual([]);
	});
});

describe('ClickSend Polling Trigger — nothing lost, nothing twice (issue 10)', () => {
	it.each([
		['faxReceipt', '/fax/receipts'],
		['voiceReceipt', '/voice/receipts'],
	])(
		"%s: receipts past ClickSend's first page fire, each once (pages of 100, each page requested once)",
		async (event, path) => {
			// Oldest first, as ClickSend's examples list them; ClickSend answers 15 rows when no limit is asked for.
			const rows = Array.from({ length: 20 }, (_, index) =>
				receipt(`OLD-${index}`, 1442380000 + index),
			);
			servePaged(path, rows);
			const harness = new PollingTriggerHarness(standIn.baseUrl, { event });
			expect(await harness.poll()).toBeNull();
			rows.push(
				...Array.from({ length: 230 }, (_, index) => receipt(`NEW-${index}`, 1442390000 + index)),
			);

			const before = standIn.requestsTo('GET', path).length;
			const output = await harness.poll();
			expect(ids(output)).toEqual(Array.from({ length: 230 }, (_, index) => `NEW-${index}`));
			expect(pagesRequested(path, before)).toEqual([1, 3, 2]);
			expect(
				standIn
					.requestsTo('GET', path)
					.slice(before)
					.every((request) => request.query.limit === '100'),
			).toBe(true);
			expect(await harness.poll()).toBeNull();
		},
	);

	it(`more than 1,000 new rows: a poll reads ${MAX_PAGES_PER_POLL} pages at most, the next continues where it stopped; each row fires once`, async () => {
		// Newest first: the rows a bounded poll does not reach are the older ones.
		const rows = Array.from({ length: 5 }, (_, index) =>
			inbound(`OLD-${index}`, 1700000000 - index),
		);
		servePaged('/sms/inbound', rows);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		await harness.poll();
		rows.unshift(
			...Array.from({ length: 1250 }, (_, index) =>
				inbound(`NEW-${1249 - index}`, 1700001000 + 1249 - index),
			),
		);

		const emitted: string[] = [];
		const pagesPerPoll: number[][] = [];
		for (let poll = 0; poll < 3; poll++) {
			const before = standIn.requestsTo('GET', '/sms/inbound').length;
			const output = await harness.poll();
			pagesPerPoll.push(pagesRequested('/sms/inbound', before));
			emitted.push(...(ids(output) as string[]));
			expect((output?.[0] ?? []).length).toBeLessThanOrEqual(1000);
		}
		expect(emitted).toHaveLength(1250);
		expect(new Set(emitted)).toEqual(
			new Set(Array.from({ length: 1250 }, (_, index) => `NEW-${index}`)),
		);
		// Page 1 and the last page first (new rows sit at one end), then the pages between; no page twice in a poll.
		expect(pagesPerPoll).toEqual([
			[1, 13, 2, 3, 4, 5, 6, 7, 8, 9],
			[1, 10, 11, 12, 13],
			[1, 13, 2, 3, 4, 5, 6, 7, 8, 9],
		]);
		// Remembered: the 1,250, and the newest event of the activation.
		expect(
			Object.keys((harness.nodeStaticData.events as IDataObject).seen as IDataObject),
		).toHaveLength(1251);
	});

	it('rows that shift between page requests (a new arrival on page 1) fire once in that poll; the arrival fires in the next', async () => {
		const rows: IDataObject[] = [];
		let arrive = false;
		servePaged('/sms/inbound', rows, (request) => {
			if (arrive && request.query.page === '2') {
				arrive = false;
				rows.unshift(inbound('ARRIVED', 1700009999));
			}
		});
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		await harness.poll();
		rows.push(
			...Array.from({ length: 150 }, (_, index) =>
				inbound(`M-${149 - index}`, 1700001000 + 149 - index),
			),
		);
		arrive = true;
		const before = standIn.requestsTo('GET', '/sms/inbound').length;
		const first = ids(await harness.poll()) as string[];
		expect(pagesRequested('/sms/inbound', before)).toEqual([1, 2]);
		// Page 2 began with the row page 1 ended with.
		expect(first).toHaveLength(150);
		expect(new Set(first).size).toBe(150);
		expect(ids(await harness.poll())).toEqual(['ARRIVED']);
		expect(await harness.poll()).toBeNull();
	});

	it('a receipt ClickSend lists late, with a time older than events already emitted, fires once; one older than the activation is history', async () => {
		const rows = [receipt('R-0', 1700000100)];
		servePaged('/sms/receipts', rows);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'smsReceipt' });
		await harness.poll();
		rows.push(receipt('R-2', 1700000300));
		expect(ids(await harness.poll())).toEqual(['R-2']);
		rows.push(receipt('R-1', 1700000200), receipt('R-PRE', 1700000050));
		expect(ids(await harness.poll())).toEqual(['R-1']);
		expect(await harness.poll()).toBeNull();
	});

	it('Mark as Read answered 500 after ClickSend marked the rows: the run still gets the events, and none fires twice', async () => {
		const rows = [inbound('OLD', 1700000100)];
		servePaged('/sms/inbound', rows);
		standIn.on('PUT', '/sms/inbound-read', (request) => {
			// ClickSend marks, then the answer is lost to a 500 (every attempt).
			const before = Number((request.body as IDataObject).date_before);
			for (let index = rows.length - 1; index >= 0; index--)
				if (Number(rows[index].timestamp_send) < before) rows.splice(index, 1);
			return {
				status: 500,
				headers: { 'retry-after': '0' },
				body: envelope(500, 'INTERNAL_ERROR', 'Something broke.'),
			};
		});
		const harness = new PollingTriggerHarness(standIn.baseUrl, {
			event: 'inboundSms',
			options: { markAsRead: true },
		});
		await harness.poll();
		rows.push(inbound('NEW-1', 1700000200), inbound('NEW-2', 1700000300));
		const output = await harness.poll();
		expect(ids(output)).toEqual(['NEW-1', 'NEW-2']);
		// Marked after the output was built, strictly before the newest emitted event; retried as a PUT may be.
		expect(standIn.requestsTo('PUT', '/sms/inbound-read').map((request) => request.body)).toEqual(
			Array.from({ length: 4 }, () => ({ date_before: 1700000300 })),
		);
		expect(rows.map((row) => row.message_id)).toEqual(['NEW-2']);
		expect(await harness.poll()).toBeNull();
		rows.push(inbound('NEW-3', 1700000400));
		expect(ids(await harness.poll())).toEqual(['NEW-3']);
	});

	it('Mark as Read waits until a pass has read the whole list, and never marks past an event not yet emitted', async () => {
		const rows: IDataObject[] = [];
		servePaged('/sms/receipts', rows);
		standIn.on('PUT', '/sms/receipts-read', (request) => {
			const before = Number((request.body as IDataObject).date_before);
			for (let index = rows.length - 1; index >= 0; index--)
				if (Number(rows[index].timestamp) < before) rows.splice(index, 1);
			return { status: 200, body: envelope(200, 'SUCCESS', 'Receipts have been marked as read.') };
		});
		const harness = new PollingTriggerHarness(standIn.baseUrl, {
			event: 'smsReceipt',
			options: { markAsRead: true },
		});
		await harness.poll();
		// 1,250 unread receipts, newest first.
		rows.push(
			...Array.from({ length: 1250 }, (_, index) =>
				receipt(`R-${1249 - index}`, 1700001000 + 1249 - index),
			),
		);
		const marks = () =>
			standIn
				.requestsTo('PUT', '/sms/receipts-read')
				.map((request) => (request.body as IDataObject).date_before);

		const first = ids(await harness.poll()) as string[];
		expect(first).toHaveLength(950);
		expect(marks()).toEqual([]); // 300 rows not read yet: marking by date would hide them
		const second = ids(await harness.poll()) as string[];
		expect(second).toHaveLength(300);
		// The pass is complete: marked strictly before the newest event of this run (R-349; pages 10 to 12).
		expect(second[second.length - 1]).toBe('R-349');
		expect(marks()).toEqual([1700001349]);
		expect(rows).toHaveLength(1250 - 349);
		expect(await harness.poll()).toBeNull();
		rows.unshift(receipt('R-NEW', 1700009000));
		expect(ids(await harness.poll())).toEqual(['R-NEW']);
		expect(marks()).toEqual([1700001349, 1700009000]);
		expect(rows.map((row) => row.message_id)).toEqual(['R-NEW']);
	});

	it('a tight poll budget still moves through a long list: two pages a poll, every row once', async () => {
		const rows: IDataObject[] = [];
		servePaged('/voice/receipts', rows);
		const harness = new PollingTriggerHarness(standIn.baseUrl, { event: 'voiceReceipt' });
		await harness.poll({ budgetMs: 0 });
		rows.push(
			...Array.from({ length: 450 }, (_, index) => receipt(`V-${index}`, 1700001000 + index)),
		);
		const emitted: string[] = [];
		const pagesPerPoll: number[][] = [];
		for (let poll = 0; poll < 4; poll++) {
			const before = standIn.requestsTo('GET', '/voice/receipts').length;
			emitted.push(...(ids(await harness.poll({ budgetMs: 0 })) as string[]));
			pagesPerPoll.push(pagesRequested('/voice/receipts', before));
		}
		expect(pagesPerPoll).toEqual([
			[1, 5],
			[1, 2],
			[1, 3],
			[1, 4],
		]);
		expect(emitted.sort()).toEqual(Array.from({ length: 450 }, (_, index) => `V-${index}`).sort());
	});
});
