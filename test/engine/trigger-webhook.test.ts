import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ClickSendStandIn, RecordedRequest } from '../harness/stand-in';
import {
	PRODUCTION_WEBHOOK_URL,
	TEST_WEBHOOK_URL,
	TRIGGER_NODE_NAME,
	TriggerHarness,
	triggerLoadOptions,
} from '../harness/trigger';
import { useStandIn } from '../harness/use-stand-in';
import { TRIGGER_EVENTS, type TriggerEvent } from '../../nodes/ClickSendEvents/events';
import { DELIVERY_ACK, MAX_DELIVERY_BYTES } from '../../nodes/ClickSendTrigger/delivery';

const api = useStandIn();
let standIn: ClickSendStandIn;
beforeEach(() => (standIn = api.standIn));

function envelope(status: number, code: string, msg: string, data: unknown = null) {
	return { http_code: status, response_code: code, response_msg: msg, data };
}

/**
 * A stateful ClickSend automation-rule store behind the (spec-validating) stand-in: POST creates,
 * GET reads, DELETE removes; a missing rule is a 404 NOT_FOUND as ClickSend answers.
 */
class FakeRules {
	readonly rules = new Map<string, IDataObject>();

	private nextId = 4242;

	constructor(readonly event: TriggerEvent) {
		const one = new RegExp(`^${event.rulePath}/([^/]+)$`);
		standIn.on('POST', event.rulePath, (request) => {
			const id = String(this.nextId++);
			const rule = { ...(request.body as IDataObject), [event.ruleIdField]: Number(id) };
			this.rules.set(id, rule);
			return { status: 200, body: envelope(200, 'SUCCESS', 'Your record has been added.', rule) };
		});
		standIn.on('GET', one, (request) => this.answer(request, one, (rule) => rule));
		standIn.on('DELETE', one, (request) =>
			this.answer(request, one, (_rule, id) => {
				this.rules.delete(id);
				return [];
			}),
		);
	}

	private answer(
		request: RecordedRequest,
		pattern: RegExp,
		ok: (rule: IDataObject, id: string) => unknown,
	) {
		const id = pattern.exec(request.path)![1];
		const rule = this.rules.get(id);
		if (!rule) return { status: 404, body: envelope(404, 'NOT_FOUND', 'Resource not found.') };
		return { status: 200, body: envelope(200, 'SUCCESS', 'OK', ok(rule, id)) };
	}

	only(): IDataObject {
		expect(this.rules.size).toBe(1);
		return [...this.rules.values()][0];
	}
}

function ruleRecord(harness: TriggerHarness, url = PRODUCTION_WEBHOOK_URL) {
	const rules = (harness.nodeStaticData.rules ?? {}) as Record<string, IDataObject>;
	return rules[url] as
		| { ruleId: string; secret: string; address: string; rulePath: string }
		| undefined;
}

function tokenOf(harness: TriggerHarness, url = PRODUCTION_WEBHOOK_URL): string {
	return ruleRecord(harness, url)!.secret;
}

const INBOUND = {
	timestamp: 1722997250,
	from: '+61411111111',
	body: 'Order 66 please',
	original_body: 'Reply with your order number',
	original_message_id: '1EF54639-F16D-681E-947A-4F4FCDFD2B87',
	to: '+61422222222',
	custom_string: 'campaign-7',
	message_id: 'D2F2BCC3-6558-4DAA-858E-AD7529CC809C',
	user_id: 12345,
	subaccount_id: 123456,
};

function asStrings(payload: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, String(value)]));
}

describe('ClickSend Trigger — webhook lifecycle, every event', () => {
	it.each(TRIGGER_EVENTS.map((event) => [event.name, event] as const))(
		'%s: activation creates one rule, checkExists finds it, deactivation deletes it',
		async (_name, event) => {
			const rules = new FakeRules(event);
			const harness = new TriggerHarness(standIn.baseUrl, { event: event.value });
			expect(harness.webhookMethods().sort()).toEqual(['GET', 'POST']);

			await harness.activate();
			// n8n registers GET and POST; the second checkExists finds the rule the first created.
			const creates = standIn.requestsTo('POST', event.rulePath);
			expect(creates).toHaveLength(1);
			const body = creates[0].body as IDataObject;
			expect(body).toMatchObject({
				rule_name: `n8n: Inbound orders (${TRIGGER_NODE_NAME})`,
				action: 'URL',
				enabled: 1,
			});
			if (event.kind === 'receipt') expect(body.match_type).toBe(0);
			else expect(body.dedicated_number).toBe('*');
			if (event.value === 'inboundSms') {
				expect(body).toMatchObject({ message_search_type: 0, webhook_type: 'json' });
			}
			const record = ruleRecord(harness)!;
			expect(body.action_address).toBe(`${PRODUCTION_WEBHOOK_URL}?token=${record.secret}`);
			expect(record.secret).toMatch(/^[A-Za-z0-9]{32}$/);
			// The rule id round-trips through the (JSON-serialised) static data.
			expect(record.ruleId).toBe('4242');
			expect(record.rulePath).toBe(event.rulePath);
			expect(standIn.requestsTo('GET', `${event.rulePath}/4242`)).toHaveLength(1);

			expect(await harness.checkExists()).toBe(true);
			expect(standIn.requestsTo('GET', `${event.rulePath}/4242`)).toHaveLength(2);

			await harness.deactivate();
			expect(standIn.requestsTo('DELETE', `${event.rulePath}/4242`)).toHaveLength(1);
			expect(rules.rules.size).toBe(0);
			expect(ruleRecord(harness)).toBeUndefined();
		},
	);

	it('inbound SMS filters reach the rule: dedicated number and message match', async () => {
		const rules = new FakeRules(TRIGGER_EVENTS[0]);
		const harness = new TriggerHarness(standIn.baseUrl, {
			event: 'inboundSms',
			dedicatedNumber: '+61422222222',
			messageSearchType: 1,
			messageSearchTerm: 'ORDER',
		});
		await harness.activate();
		expect(rules.only()).toMatchObject({
			dedicated_number: '+61422222222',
			message_search_type: 1,
			message_search_term: 'ORDER',
		});
	});

	it('checkExists is false when the rule is gone; re-activation creates a new one', async () => {
		const rules = new FakeRules(TRIGGER_EVENTS[1]);
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'smsReceipt' });
		await harness.activate();
		rules.rules.clear(); // deleted in the ClickSend dashboard
		expect(await harness.checkExists()).toBe(false);
		await harness.activate();
		expect(standIn.requestsTo('POST', '/automations/sms/receipts')).toHaveLength(2);
		// The stale id is deleted first; its 404 counts as gone.
		expect(standIn.requestsTo('DELETE', '/automations/sms/receipts/4242')).toHaveLength(1);
		expect(ruleRecord(harness)!.ruleId).toBe('4243');
		expect(await harness.checkExists()).toBe(true);
	});

	it('checkExists is false when the rule points elsewhere; the repointed rule is replaced', async () => {
		const rules = new FakeRules(TRIGGER_EVENTS[4]);
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'voiceReceipt' });
		await harness.activate();
		rules.only().action_address = 'https://example.com/elsewhere';
		expect(await harness.checkExists()).toBe(false);
		await harness.activate();
		expect(standIn.requestsTo('DELETE', '/automations/voice/receipts/4242')).toHaveLength(1);
		expect([...rules.rules.keys()]).toEqual(['4243']);
		expect(rules.only().action_address).toBe(`${PRODUCTION_WEBHOOK_URL}?token=${tokenOf(harness)}`);
	});

	it('checkExists accepts the address back percent-encoded by ClickSend', async () => {
		const rules = new FakeRules(TRIGGER_EVENTS[3]);
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'faxReceipt' });
		await harness.activate();
		rules.only().action_address = String(rules.only().action_address).replace('://', '%3A%2F%2F');
		expect(await harness.checkExists()).toBe(true);
	});

	it('checkExists is false when the rule was disabled or the node settings changed', async () => {
		const rules = new FakeRules(TRIGGER_EVENTS[0]);
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		await harness.activate();
		rules.only().enabled = 0;
		expect(await harness.checkExists()).toBe(false);
		rules.only().enabled = 1;
		expect(await harness.checkExists()).toBe(true);
		harness.parameters = { ...harness.parameters, messageSearchType: 2, messageSearchTerm: 'STOP' };
		expect(await harness.checkExists()).toBe(false);
	});

	it("a failed delete is reported as a NodeApiError with ClickSend's response_code, and the rule is kept", async () => {
		new FakeRules(TRIGGER_EVENTS[2]);
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'inboundFax' });
		await harness.activate();
		standIn.on('DELETE', '/automations/fax/inbound/4242', {
			status: 403,
			body: envelope(403, 'FORBIDDEN', 'You do not have access to this rule.'),
		});
		const failure = await harness.deactivate().catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(NodeApiError);
		expect((failure as NodeApiError).message).toContain('FORBIDDEN');
		expect((failure as NodeApiError).httpCode).toBe('403');
		// Still recorded, so a later deactivation can try again.
		expect(ruleRecord(harness)!.ruleId).toBe('4242');
	});

	it('a delete answered 404 (rule already gone) counts as deleted', async () => {
		const rules = new FakeRules(TRIGGER_EVENTS[5]);
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'emailReceipt' });
		await harness.activate();
		rules.rules.clear();
		await harness.deactivate();
		expect(standIn.requestsTo('DELETE', '/automations/email/receipts/4242')).toHaveLength(1);
		expect(ruleRecord(harness)).toBeUndefined();
	});

	it('is a webhook trigger only: no polling flag, no poll(), one webhook description for GET and POST', () => {
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		const { description } = harness.nodeType;
		// With polling: true the editor would offer "Fetch Test Event" (a manual poll) instead of
		// "Listen for test event".
		expect(description.polling).toBeUndefined();
		expect((harness.nodeType as { poll?: unknown }).poll).toBeUndefined();
		expect(description.properties.map((property) => property.name)).not.toContain('mode');
		expect(description.webhooks).toEqual([
			expect.objectContaining({ name: 'default', httpMethod: 'GET,POST', path: 'webhook' }),
		]);
		expect(harness.webhookMethods()).toEqual(['GET', 'POST']);
	});

	it('"Listen for test event" creates a rule for the test URL, runs on a test delivery, and removes the rule', async () => {
		const rules = new FakeRules(TRIGGER_EVENTS[0]);
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		await harness.activate(); // production rule 4242
		await harness.activate({ test: true }); // test rule 4243
		expect(rules.rules.get('4243')!.action_address).toMatch(
			new RegExp(`^${TEST_WEBHOOK_URL}\\?token=`),
		);
		expect(rules.rules.get('4242')!.action_address).toMatch(
			new RegExp(`^${PRODUCTION_WEBHOOK_URL}\\?token=`),
		);
		// The production static data knows nothing of the test rule.
		expect(ruleRecord(harness, TEST_WEBHOOK_URL)).toBeUndefined();

		const testSecret = (harness.testStaticData![`node:${TRIGGER_NODE_NAME}`] as IDataObject)
			.rules as IDataObject;
		const token = (testSecret[TEST_WEBHOOK_URL] as IDataObject).secret as string;
		const delivery = await harness.deliver({ test: true, query: { token }, body: INBOUND });
		expect(delivery.status).toBe(200);
		expect(delivery.runStarted).toBe(true);
		expect(delivery.error).toBeUndefined();
		// The manual run's trigger output is the delivered event: WorkflowExecute passes a webhook
		// node's start data through (no poll(), no in-memory hand-over).
		expect(delivery.items).toHaveLength(1);
		expect(delivery.items[0].json).toMatchObject({ event: 'inboundSms', body: 'Order 66 please' });

		await harness.deactivate({ test: true });
		expect([...rules.rules.keys()]).toEqual(['4242']);
		expect(await harness.checkExists()).toBe(true);
	});

	it('"Listen for test event" on an inactive workflow: one test rule (GET and POST share it), a GET delivery runs, stop removes it', async () => {
		const rules = new FakeRules(TRIGGER_EVENTS[1]);
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'smsReceipt' });
		await harness.activate({ test: true });
		expect(standIn.requestsTo('POST', '/automations/sms/receipts')).toHaveLength(1);
		const testRule = rules.only();
		expect(testRule.action_address).toMatch(
			new RegExp(`^${TEST_WEBHOOK_URL}\\?token=[A-Za-z0-9]{32}$`),
		);
		expect(harness.staticData).toEqual({});

		const token = new URL(String(testRule.action_address)).searchParams.get('token')!;
		const delivery = await harness.deliver({
			test: true,
			method: 'GET',
			query: { token, message_id: 'T-1', status_code: '201', timestamp: '1722565671' },
		});
		expect(delivery.runStarted).toBe(true);
		expect(delivery.error).toBeUndefined();
		expect(delivery.items.map((item) => item.json)).toEqual([
			expect.objectContaining({
				event: 'smsReceipt',
				message_id: 'T-1',
				deliveryStatus: 'delivered',
			}),
		]);
		// The production URL does not accept the test secret.
		expect((await harness.deliver({ query: { token }, body: { message_id: 'T-2' } })).status).toBe(
			401,
		);

		await harness.deactivate({ test: true });
		expect(rules.rules.size).toBe(0);
		expect(
			standIn.requestsTo('DELETE', '/automations/sms/receipts/4242').length,
		).toBeGreaterThanOrEqual(1);
	});

	it('the dedicated number dropdown lists GET /numbers plus "All Numbers"', async () => {
		const options = await triggerLoadOptions(standIn.baseUrl, 'getDedicatedNumbers');
		expect(options[0]).toMatchObject({ name: 'All Numbers', value: '*' });
		expect(options.map((option) => option.value)).toEqual(['*', '+61411111111', '+61422222222']);
		expect(options[2].name).toContain('Business line');
		expect(standIn.requestsTo('GET', '/numbers')[0].query).toMatchObject({
			page: '1',
			limit: '100',
		});
	});
});

describe('ClickSend Trigger — deliveries', () => {
	async function activeHarness(event: TriggerEvent['value']) {
		new FakeRules(TRIGGER_EVENTS.find((candidate) => candidate.value === event)!);
		const harness = new TriggerHarness(standIn.baseUrl, { event });
		await harness.activate();
		return { harness, token: tokenOf(harness) };
	}

	it('JSON, form-encoded and query-string deliveries produce the same output', async () => {
		const { harness, token } = await activeHarness('inboundSms');
		const json = await harness.deliver({ query: { token }, body: INBOUND });
		const form = await harness.deliver({
			query: { token },
			body: asStrings({ ...INBOUND, message_id: 'M-2' }),
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
		});
		const get = await harness.deliver({
			method: 'GET',
			query: { token, ...asStrings({ ...INBOUND, message_id: 'M-3' }) },
		});
		for (const result of [json, form, get]) {
			expect(result.status).toBe(200);
			expect(result.runStarted).toBe(true);
			expect(result.items).toHaveLength(1);
		}
		const normalised = (result: typeof json) => {
			const rest = { ...result.items[0].json };
			delete rest.eventId;
			delete rest.message_id;
			return asStrings(rest);
		};
		expect(normalised(form)).toEqual(normalised(json));
		expect(normalised(get)).toEqual(normalised(json));
		// Exactly the item docs/triggers.md shows: ClickSend's fields as delivered (the date with its
		// ISO twin right after it), then event, eventId, receivedAt.
		expect(json.items[0].json).toEqual({
			...INBOUND,
			timestamp_iso: '2024-08-07T02:20:50.000Z',
			event: 'inboundSms',
			eventId: 'inboundSms:D2F2BCC3-6558-4DAA-858E-AD7529CC809C',
			receivedAt: '2024-08-07T02:20:50.000Z',
		});
		expect(Object.keys(json.items[0].json)).toEqual(
			['timestamp', 'timestamp_iso']
				.concat(Object.keys(INBOUND).slice(1))
				.concat(['event', 'eventId', 'receivedAt']),
		);
		expect(form.items[0].json.timestamp).toBe('1722997250');
		expect(json.items[0].json).not.toHaveProperty('token');
		expect(get.items[0].json).not.toHaveProperty('token');
	});

	it('legacy field names are passed through as sent; eventId and receivedAt read them', async () => {
		const { harness, token } = await activeHarness('inboundSms');
		const legacy = {
			timestamp: '1722997250',
			from: '+61411111111',
			message: 'Order 66 please',
			originalsenderid: '+61422222222',
			originalmessage: 'Reply with your order number',
			originalmessageid: INBOUND.original_message_id,
			customstring: 'campaign-7',
			messageid: 'LEGACY-1',
		};
		const result = await harness.deliver({ query: { token }, body: legacy });
		expect(result.items[0].json).toEqual({
			...legacy,
			timestamp_iso: '2024-08-07T02:20:50.000Z',
			event: 'inboundSms',
			eventId: 'inboundSms:LEGACY-1',
			receivedAt: '2024-08-07T02:20:50.000Z',
		});
	});

	it.each([
		['no token', () => ({})],
		['a wrong token', () => ({ query: { token: 'not-the-secret' } })],
		['an empty token', () => ({ query: { token: '' } })],
		['a prefix of the token', (token: string) => ({ query: { token: token.slice(0, 31) } })],
		['the token plus more', (token: string) => ({ query: { token: `${token}x` } })],
		['the token twice (an array)', (token: string) => ({ query: { token: [token, token] } })],
		[
			'a wrong token then the token (an array)',
			(token: string) => ({ query: { token: ['wrong', token] } }),
		],
		['the token in the body only', (token: string) => ({ body: { ...INBOUND, token } })],
		[
			'__proto__ keys and a wrong token',
			() => ({ query: JSON.parse('{"__proto__":{"token":"x"},"token":"x"}') as IDataObject }),
		],
		[
			'a wrong token and a 5 MB body',
			() => ({ query: { token: 'not-the-secret' }, body: { body: 'x'.repeat(5 * 1024 * 1024) } }),
		],
	])('a delivery with %s gets 401 and starts no run', async (_name, shape) => {
		const { harness, token } = await activeHarness('inboundSms');
		const { query, body } = shape(token) as { query?: IDataObject; body?: IDataObject };
		const result = await harness.deliver({ query, body: body ?? INBOUND });
		expect(result.status).toBe(401);
		expect(result.response.noWebhookResponse).toBe(true);
		expect(result.runStarted).toBe(false);
		expect(result.staticDataChanged).toBe(false);
		expect(JSON.stringify(result.responseBody)).toContain('Unauthorized');
	});

	it('the secret of an earlier activation stops working after re-activation', async () => {
		const { harness, token } = await activeHarness('smsReceipt');
		await harness.deactivate();
		await harness.activate();
		expect(tokenOf(harness)).not.toBe(token);
		const result = await harness.deliver({
			query: { token },
			body: { message_id: 'X', status_code: '201' },
		});
		expect(result.status).toBe(401);
		expect(result.runStarted).toBe(false);
	});

	it('a redelivered message_id starts one run', async () => {
		const { harness, token } = await activeHarness('inboundSms');
		const first = await harness.deliver({ query: { token }, body: INBOUND });
		const again = await harness.deliver({ query: { token }, body: asStrings(INBOUND) });
		expect(first.runStarted).toBe(true);
		expect(again.runStarted).toBe(false);
		expect(again.status).toBe(200);
		expect(again.responseBody).toEqual(DELIVERY_ACK);
	});

	it('receipts: status in words; a new status of the same message is a new event, a repeated one is not', async () => {
		const { harness, token } = await activeHarness('smsReceipt');
		const receipt = {
			timestamp_send: '1722565661',
			timestamp: '1722565671',
			message_id: 'D6D16B28-46AC-484A-AB0A-A08CD08EF75C',
			status_code: '200',
			status_text: 'Queued',
			error_code: '',
			error_text: '',
			custom_string: '',
			subaccount_id: '123456',
			message_type: 'sms',
		};
		const queued = await harness.deliver({ query: { token }, body: receipt });
		const handset = {
			...receipt,
			status_code: '201',
			status_text: 'Success: Message received on handset.',
		};
		const delivered = await harness.deliver({ query: { token }, body: handset });
		const repeated = await harness.deliver({ query: { token }, body: handset });
		expect(queued.items[0].json).toMatchObject({
			event: 'smsReceipt',
			deliveryStatus: 'queued',
			eventId: `smsReceipt:${receipt.message_id}:200`,
		});
		// Exactly the item docs/triggers.md shows for a receipt delivered by webhook.
		expect(delivered.items[0].json).toEqual({
			...handset,
			timestamp_send_iso: '2024-08-02T02:27:41.000Z',
			timestamp_iso: '2024-08-02T02:27:51.000Z',
			event: 'smsReceipt',
			eventId: 'smsReceipt:D6D16B28-46AC-484A-AB0A-A08CD08EF75C:201',
			deliveryStatus: 'delivered',
			receivedAt: '2024-08-02T02:27:51.000Z',
		});
		expect(repeated.runStarted).toBe(false);
	});

	it("fax receipts keep ClickSend's word status; voice receipts keep digits", async () => {
		const fax = await activeHarness('faxReceipt');
		const faxResult = await fax.harness.deliver({
			query: { token: fax.token },
			body: {
				message_id: 'F-1',
				status_code: 'Completed',
				timestamp: 1451200622,
				message_type: 'fax',
			},
		});
		expect(faxResult.items[0].json).toMatchObject({
			deliveryStatus: 'completed',
			event: 'faxReceipt',
		});
		standIn.reset();
		const voice = await activeHarness('voiceReceipt');
		const voiceResult = await voice.harness.deliver({
			method: 'GET',
			query: {
				token: voice.token,
				message_id: 'V-1',
				status_code: '201',
				digits: '2',
				timestamp: '1442381791',
			},
		});
		expect(voiceResult.items[0].json).toMatchObject({
			deliveryStatus: 'delivered',
			digits: '2',
			event: 'voiceReceipt',
		});
	});
});

describe('ClickSend Trigger — answers, refusals and static data (issue 10)', () => {
	async function activeHarness(event: TriggerEvent['value'] = 'inboundSms') {
		new FakeRules(TRIGGER_EVENTS.find((candidate) => candidate.value === event)!);
		const harness = new TriggerHarness(standIn.baseUrl, { event });
		await harness.activate();
		return { harness, token: tokenOf(harness) };
	}

	it('a delivery that starts a run is answered 200 with the fixed acknowledgement, as n8n 2.41 builds it for responseMode onReceived', async () => {
		const { harness, token } = await activeHarness();
		const run = await harness.deliver({ query: { token }, body: INBOUND });
		expect(run.runStarted).toBe(true);
		expect(run.status).toBe(200);
		// Before: no responseData in the description, so n8n sent its default, the literal text "firstEntryJson".
		expect(run.responseBody).toEqual({ received: true });
		expect(DELIVERY_ACK).toEqual({ received: true });
		const again = await harness.deliver({ query: { token }, body: INBOUND });
		const empty = await harness.deliver({ query: { token }, body: {} });
		for (const result of [again, empty]) {
			expect(result.runStarted).toBe(false);
			expect(result.status).toBe(200);
			expect(result.responseBody).toEqual({ received: true });
		}
		const description = harness.nodeType.description.webhooks![0];
		expect(description).toMatchObject({ responseMode: 'onReceived', responseData: '' });
	});

	it.each([
		['broken JSON sent as text/plain', '{"message_id": "M-1", "body": "hi', 'text/plain'],
		['a JSON array', '[{"message_id":"M-1"}]', 'text/plain'],
		['plain text', 'hello there', 'text/plain'],
	])(
		'%s with the right token is refused with 400 and starts no run',
		async (_name, text, contentType) => {
			const { harness, token } = await activeHarness();
			const result = await harness.deliver({
				query: { token },
				body: text,
				headers: { 'content-type': contentType },
			});
			expect(result.status).toBe(400);
			expect(result.runStarted).toBe(false);
			expect(result.responseBody).toMatchObject({
				message: expect.stringContaining('Bad request'),
			});
			// A well-formed delivery afterwards still runs.
			const good = await harness.deliver({
				query: { token },
				body: JSON.stringify(INBOUND),
				headers: { 'content-type': contentType },
			});
			expect(good.runStarted).toBe(true);
			expect(good.items[0].json).toMatchObject({
				message_id: INBOUND.message_id,
				event: 'inboundSms',
			});
		},
	);

	it(`a body over ${MAX_DELIVERY_BYTES} bytes with the right token is refused with 413 and starts no run`, async () => {
		const { harness, token } = await activeHarness();
		const huge = await harness.deliver({
			query: { token },
			body: { ...INBOUND, body: 'x'.repeat(5 * 1024 * 1024) },
		});
		expect(huge.status).toBe(413);
		expect(huge.runStarted).toBe(false);
		expect(huge.responseBody).toMatchObject({
			message: expect.stringContaining('Payload too large'),
		});
		const justOver = await harness.deliver({
			query: { token },
			body: { ...INBOUND, body: 'x'.repeat(MAX_DELIVERY_BYTES) },
		});
		expect(justOver.status).toBe(413);
		const longSms = await harness.deliver({
			query: { token },
			body: { ...INBOUND, body: 'x'.repeat(1600) },
		});
		expect(longSms.runStarted).toBe(true);
	});

	it('webhook() never writes static data: runs, redeliveries, refusals; the rule secret stays as activation wrote it', async () => {
		const { harness, token } = await activeHarness('smsReceipt');
		const afterActivation = JSON.stringify(harness.staticData);
		const receipt = { message_id: 'R-1', status_code: '201', timestamp: '1722565671' };
		const results = [
			await harness.deliver({ query: { token }, body: receipt }),
			await harness.deliver({ query: { token }, body: receipt }),
			await harness.deliver({ query: { token }, body: {} }),
			await harness.deliver({
				query: { token },
				body: '{oops',
				headers: { 'content-type': 'text/plain' },
			}),
			await harness.deliver({ query: { token: 'wrong' }, body: receipt }),
		];
		expect(results.map((result) => [result.status, result.runStarted])).toEqual([
			[200, true],
			[200, false],
			[200, false],
			[400, false],
			[401, false],
		]);
		expect(results.map((result) => result.staticDataChanged)).toEqual([
			false,
			false,
			false,
			false,
			false,
		]);
		expect(JSON.stringify(harness.staticData)).toBe(afterActivation);
	});

	it("each event has an action with proper capitals for n8n's node panel", () => {
		const harness = new TriggerHarness(standIn.baseUrl, { event: 'inboundSms' });
		const event = harness.nodeType.description.properties.find(
			(property) => property.name === 'event',
		)!;
		expect(event.options!.map((option) => (option as { action?: string }).action)).toEqual([
			'On inbound SMS',
			'On SMS delivery receipt',
			'On inbound fax',
			'On fax delivery receipt',
			'On voice delivery receipt',
			'On email delivery receipt',
		]);
	});
});
