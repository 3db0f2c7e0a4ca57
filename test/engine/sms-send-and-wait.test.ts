import { ExecuteContext } from 'n8n-core';
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { BAD_IDS, echoMessages, failure, NOT_SUCCESS_200, success } from '../harness/answers';
import { FAULTS, type RecordedRequest } from '../harness/stand-in';
import { ClickSendSandbox } from '../harness/sandbox';
import {
	NEXT_NODE,
	WaitingHarness,
	type StoredExecution,
	type WaitingOptions,
} from '../harness/waiting';
import { MAX_ASK_AGAIN } from '../../nodes/ClickSend/waiting/config';
import type { SendState } from '../../nodes/ClickSend/sending/messages';

let sandbox: ClickSendSandbox;
let n8n: WaitingHarness;

beforeAll(async () => {
	sandbox = await ClickSendSandbox.start();
	n8n = await WaitingHarness.start(sandbox.baseUrl);
});
afterAll(async () => {
	await n8n.close();
	await sandbox.close();
});
afterEach(() => {
	try {
		sandbox.standIn.expectNoContractViolations();
	} finally {
		// Each test starts with no rules and no violations left by another.
		sandbox.standIn.contractViolations.length = 0;
		sandbox.forgetRules(() => true);
	}
});

/** The wording of a send that failed without a clear answer (as the batched sends word it). */
const UNCERTAIN =
	'ClickSend may have accepted this message, but the request failed without a clear answer';
const CANCELLED = 'Nothing waits: the wait was cancelled.';

/** The ISO twin of Unix seconds (Editor conventions, rule 9). */
const isoOf = (seconds: unknown) => new Date(Number(seconds) * 1000).toISOString();

const INBOUND = '/automations/sms/inbound';
const RECEIPTS = '/automations/sms/receipts';
const TO = '+61411111111';

function params(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'sms',
		operation: 'sendAndWait',
		to: TO,
		message: 'Your appointment is tomorrow at 10:00. Reply YES to confirm or NO to cancel.',
		...extra,
	};
}

async function start(extra: INodeParameters = {}, options: Partial<WaitingOptions> = {}) {
	return await n8n.startExecution({ parameters: params(extra), ...options });
}

function requestsSince(mark: number): string[] {
	return sandbox.standIn.requests
		.slice(mark)
		.map((request: RecordedRequest) => `${request.method} ${request.path}`);
}

/** The rule of a waiting execution, found by its resume URL. */
function ruleOf(execution: StoredExecution, path = INBOUND): IDataObject {
	const rules = sandbox
		.rulesAt(path)
		.filter((rule) => String(rule.action_address).includes(`/webhook-waiting/${execution.id}/`));
	expect(rules).toHaveLength(1);
	return rules[0] as IDataObject;
}

/** What the ClickSend node output while the execution waits. */
function waitingItem(execution: StoredExecution): IDataObject {
	return execution.data.resultData.runData.ClickSend[0].data!.main[0]![0].json;
}

/** The SMS a waiting execution sent. */
function sentBy(execution: StoredExecution): IDataObject {
	return sandbox.sentSms.find(
		(sms) => sms.message_id === waitingItem(execution).sentMessageId,
	)! as IDataObject;
}

/** A reply from `from` to the SMS of `execution`, as ClickSend links it (its id and custom string). */
async function reply(execution: StoredExecution, body: string, from = TO) {
	const sms = sentBy(execution);
	return await sandbox.deliverInboundSms({
		from,
		body,
		original_message_id: sms.message_id,
		original_body: sms.body,
		custom_string: sms.custom_string,
	});
}

const status = (execution: StoredExecution) => n8n.executions.get(execution.id)!.status;
const resumedWith = (execution: StoredExecution) => n8n.output(execution.id);

describe('SMS → Send and Wait for Response: approval', () => {
	it('creates the rule, sends one SMS, waits; the reply resumes the same execution and the rule is deleted', async () => {
		const mark = sandbox.standIn.requests.length;
		const execution = await start();
		expect(execution.status).toBe('waiting');
		expect(requestsSince(mark)).toEqual([
			`GET ${INBOUND}`,
			`GET ${RECEIPTS}`,
			`POST ${INBOUND}`,
			expect.stringMatching(/^PUT \/automations\/sms\/inbound\/\d+$/),
			'POST /sms/send',
		]);
		const rule = ruleOf(execution);
		const address = new URL(String(rule.action_address));
		expect(address.origin).toBe(n8n.origin);
		expect(address.pathname).toBe(`/webhook-waiting/${execution.id}/clicksend-node-id`);
		expect(address.searchParams.get('rule')).toBe(String(rule.inbound_rule_id));
		expect(address.searchParams.get('to')).toBe(TO);
		expect(address.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
		expect(rule).toMatchObject({
			dedicated_number: '*',
			message_search_type: 0,
			action: 'URL',
			enabled: 1,
			webhook_type: 'json',
		});
		expect(String(rule.rule_name)).toMatch(
			new RegExp(
				`^n8n wait until \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\(execution ${execution.id}\\)$`,
			),
		);
		const until = Date.parse(/until (\S+)/.exec(String(rule.rule_name))![1]);
		expect(until - Date.now()).toBeGreaterThan(86_400_000 - 60_000);
		expect(until).toBeLessThanOrEqual(Date.parse(execution.waitTill!));
		const sms = sentBy(execution);
		expect(sms).toMatchObject({
			to: TO,
			body: params().message,
			custom_string: `n8n-wait:${address.searchParams.get('wait')}`,
		});
		expect(waitingItem(execution)).toMatchObject({ waiting: true, to: TO, sendState: 'accepted' });
		expect(n8n.output(execution.id)).toEqual([]);

		const resumeMark = sandbox.standIn.requests.length;
		const { deliveries, sms: inbound } = await sandbox.deliverInboundSms({
			from: TO,
			body: ' yes! ',
		});
		expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(status(execution)).toBe('success');
		const [item] = resumedWith(execution);
		expect(item.json).toEqual({
			timedOut: false,
			decision: 'approved',
			approved: true,
			reply: ' yes! ',
			askedAgain: 0,
			from: TO,
			to: TO,
			receivedAt: isoOf(inbound.timestamp),
			sentMessageId: sms.message_id,
			inbound: { ...inbound, timestamp_iso: isoOf(inbound.timestamp) },
			sendState: 'accepted',
		});
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(requestsSince(resumeMark)).toEqual([
			`DELETE ${INBOUND}/${String(rule.inbound_rule_id)}`,
		]);
		expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
	});

	it.each([
		['YES', {}, 'approved'],
		['  Yes.  ', {}, 'approved'],
		['y e s', {}, 'approved'],
		['no', {}, 'declined'],
		['NO!', {}, 'declined'],
		['sure', { approveKeywords: 'OK, Sure', declineKeywords: 'STOP, Cancel' }, 'approved'],
		[' CANCEL ', { approveKeywords: 'OK, Sure', declineKeywords: 'STOP, Cancel' }, 'declined'],
		['maybe', { otherReply: 'output' }, 'other'],
		['yes please', { otherReply: 'output' }, 'other'],
	])('reply %j with %j → %s', async (text, extra, decision) => {
		const execution = await start(extra);
		await reply(execution, text);
		const [item] = resumedWith(execution);
		expect(item.json).toMatchObject({ decision, approved: decision === 'approved', reply: text });
		expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
	});

	it('another sender, a reply to another SMS, a forged custom string, a second reply and a replay resume nothing, and nothing twice', async () => {
		const execution = await start();
		const sms = sentBy(execution);
		const mark = sandbox.standIn.requests.length;
		// Another person texting the same number (the sandbox links it to our SMS: only `from` differs).
		await reply(execution, 'YES', '+61499999999');
		// A reply to another message of the account.
		await sandbox.deliverInboundSms({
			from: TO,
			body: 'YES',
			original_message_id: 'ANOTHER-SMS',
			custom_string: 'order-42',
		});
		// Another wait's token.
		await sandbox.deliverInboundSms({
			from: TO,
			body: 'YES',
			custom_string: 'n8n-wait:Zz9OtherWait0000',
		});
		expect(status(execution)).toBe('waiting');
		expect(requestsSince(mark)).toEqual([]);
		expect(n8n.answers.slice(-3).map(({ answer }) => [answer.status, answer.body])).toEqual([
			[200, { received: true, note: 'not from the recipient' }],
			[200, { received: true, note: 'not an answer to this wait' }],
			[200, { received: true, note: 'not an answer to this wait' }],
		]);

		const first = await reply(execution, 'no');
		expect(status(execution)).toBe('success');
		const address = String(first.deliveries[0].url);
		// The second reply never reaches n8n (the rule is gone); a replay of the first, or a late
		// delivery of a second one, meets the finished execution: n8n answers it, nothing runs.
		await reply(execution, 'yes');
		const replay = await sandbox.deliver(address, 'json', first.sms);
		const late = await sandbox.deliver(address, 'json', {
			...first.sms,
			body: 'YES',
			message_id: 'LATE-1',
		});
		expect([replay.status, late.status]).toEqual([200, 200]);
		expect(n8n.answers.slice(-2).map(({ answer }) => answer.body)).toEqual([
			'send-and-wait-no-action-required',
			'send-and-wait-no-action-required',
		]);
		const runs = n8n.executions.get(execution.id)!.data.resultData.runData[NEXT_NODE];
		expect(runs).toHaveLength(1);
		expect(resumedWith(execution)[0].json).toMatchObject({
			decision: 'declined',
			sentMessageId: sms.message_id,
		});
		expect(sandbox.standIn.requestsTo('DELETE', /^\/automations\//).length).toBeGreaterThanOrEqual(
			1,
		);
		expect(requestsSince(mark).filter((request) => request.startsWith('DELETE'))).toHaveLength(1);
	});

	it('two deliveries of the answer at once resume the execution once (the rule is deleted by one of them)', async () => {
		const execution = await start();
		const sms = sentBy(execution);
		const rule = ruleOf(execution);
		const payload = {
			from: TO,
			body: 'YES',
			message_id: 'ONE-REPLY',
			original_message_id: sms.message_id,
			custom_string: sms.custom_string,
			timestamp: String(Math.floor(Date.now() / 1000)),
		};
		const answers = await Promise.all([
			n8n.post(String(rule.action_address), payload),
			n8n.post(String(rule.action_address), payload),
		]);
		expect(answers.filter((answer) => answer.resumed)).toHaveLength(1);
		expect(n8n.executions.get(execution.id)!.data.resultData.runData[NEXT_NODE]).toHaveLength(1);
	});

	it('several executions waiting on the same number each get their own answer', async () => {
		const executions = [await start(), await start(), await start()];
		await reply(executions[1], 'NO');
		expect(executions.map(status)).toEqual(['waiting', 'success', 'waiting']);
		await reply(executions[2], 'YES');
		await reply(executions[0], 'No.');
		expect(executions.map((execution) => resumedWith(execution)[0].json.decision)).toEqual([
			'declined',
			'declined',
			'approved',
		]);
		expect(executions.map((execution) => resumedWith(execution)[0].json.sentMessageId)).toEqual(
			executions.map((execution) => sentBy(execution).message_id),
		);
		expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
	});

	it(`an unclear reply asks again by SMS (once per reply, also when ClickSend redelivers it); the answer to that resumes; after ${MAX_ASK_AGAIN} times it is output as "other"`, async () => {
		const execution = await start({ askAgainMessage: 'Please answer YES or NO.' });
		const token = /n8n-wait:(\w+)/.exec(String(sentBy(execution).custom_string))![1];
		const sendsBefore = sandbox.sentSms.length;
		const first = await reply(execution, 'What time was it?');
		expect(first.deliveries.map((delivery) => delivery.status)).toEqual([200]);
		expect(n8n.answers.at(-1)!.answer.body).toEqual({ received: true, note: 'asked again' });
		await sandbox.deliver(String(first.deliveries[0].url), 'json', first.sms);
		expect(n8n.answers.at(-1)!.answer.body).toEqual({
			received: true,
			note: 'already asked again',
		});
		const asked = sandbox.sentSms.slice(sendsBefore);
		expect(asked.map((sms) => [sms.to, sms.body, sms.custom_string])).toEqual([
			[TO, 'Please answer YES or NO.', `n8n-wait:${token}:1`],
		]);
		expect(status(execution)).toBe('waiting');

		// The recipient answers the question asked again: the sandbox links it to that SMS.
		await sandbox.deliverInboundSms({ from: TO, body: 'Yes' });
		expect(resumedWith(execution)[0].json).toMatchObject({
			decision: 'approved',
			askedAgain: 1,
			sentMessageId: asked[0].message_id,
		});

		const stubborn = await start();
		for (let round = 0; round < MAX_ASK_AGAIN; round++)
			await sandbox.deliverInboundSms({ from: TO, body: `hmm ${round}` });
		expect(status(stubborn)).toBe('waiting');
		await sandbox.deliverInboundSms({ from: TO, body: 'whatever' });
		expect(resumedWith(stubborn)[0].json).toMatchObject({
			decision: 'other',
			approved: false,
			reply: 'whatever',
			askedAgain: MAX_ASK_AGAIN,
		});
		const reasked = sandbox.sentSms.filter((sms) =>
			String(sms.custom_string).startsWith(String(sentBy(stubborn).custom_string) + ':'),
		);
		expect(reasked.map((sms) => sms.body)).toEqual(
			Array(MAX_ASK_AGAIN).fill('Sorry, we did not understand your reply. Please reply YES or NO.'),
		);
	});
});

describe('SMS → Send and Wait for Response: free text and delivery', () => {
	it('Free Text: any reply of the recipient resumes with its text', async () => {
		const execution = await start({ responseType: 'freeText' });
		await reply(execution, 'Tomorrow works, thanks', '+61400000009');
		expect(status(execution)).toBe('waiting');
		const { sms } = await reply(execution, 'Tomorrow works, thanks');
		expect(resumedWith(execution)[0].json).toEqual({
			timedOut: false,
			reply: 'Tomorrow works, thanks',
			from: TO,
			to: TO,
			receivedAt: expect.any(String),
			sentMessageId: sentBy(execution).message_id,
			inbound: { ...sms, timestamp_iso: isoOf(sms.timestamp) },
			sendState: 'accepted',
		});
	});

	it('Delivery Receipt: a receipt rule; queued and retrying receipts and receipts of other SMS wait on; the final one resumes with the status in words', async () => {
		const execution = await start({
			responseType: 'delivery',
			from: { mode: 'id', value: 'MyShop' },
		});
		const rule = ruleOf(execution, RECEIPTS);
		expect(rule).toMatchObject({ match_type: 0, action: 'URL', enabled: 1 });
		expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
		const sms = sentBy(execution);
		expect(sms.from).toBe('MyShop');
		await sandbox.deliverSmsReceipt({ message_id: sms.message_id, status_code: 200 });
		await sandbox.deliverSmsReceipt({ message_id: sms.message_id, status_code: 300 });
		await sandbox.deliverSmsReceipt({
			message_id: 'OTHER-SMS',
			status_code: 201,
			custom_string: '',
		});
		expect(status(execution)).toBe('waiting');
		const { receipt } = await sandbox.deliverSmsReceipt({
			message_id: sms.message_id,
			status_code: 301,
		});
		// Receipt rules post form fields: every value arrives as text.
		const fields = Object.fromEntries(
			Object.entries(receipt).map(([key, value]) => [key, String(value)]),
		);
		expect(resumedWith(execution)[0].json).toEqual({
			timedOut: false,
			deliveryStatus: 'failed',
			delivered: false,
			to: TO,
			receivedAt: expect.any(String),
			sentMessageId: sms.message_id,
			receipt: {
				...fields,
				timestamp_iso: isoOf(fields.timestamp),
				timestamp_send_iso: isoOf(fields.timestamp_send),
			},
			sendState: 'accepted',
		});
		expect(sandbox.rulesAt(RECEIPTS)).toHaveLength(0);

		const delivered = await start({ responseType: 'delivery' });
		await sandbox.deliverSmsReceipt({ message_id: sentBy(delivered).message_id, status_code: 201 });
		expect(resumedWith(delivered)[0].json).toMatchObject({
			deliveryStatus: 'delivered',
			delivered: true,
		});
	});

	it('a reply sent from a dedicated number is awaited on that number only', async () => {
		const execution = await start({ from: { mode: 'list', value: '+61480000000' } });
		expect(ruleOf(execution).dedicated_number).toBe('+61480000000');
		await sandbox.deliverInboundSms({ from: TO, body: 'YES', to: '+61480000001' });
		expect(status(execution)).toBe('waiting');
		await sandbox.deliverInboundSms({ from: TO, body: 'YES', to: '+61480000000' });
		expect(status(execution)).toBe('success');
	});
});

describe('SMS → Send and Wait for Response: the time limit', () => {
	it('resumes the execution with timedOut: true (same output), the sent SMS and the limit', async () => {
		const execution = await start({ resumeAmount: 30, resumeUnit: 'minutes' });
		const waitTill = Date.parse(execution.waitTill!);
		expect(waitTill - Date.now()).toBeGreaterThan(29 * 60_000);
		expect(waitTill - Date.now()).toBeLessThanOrEqual(30 * 60_000);
		const sms = sentBy(execution);
		const done = await n8n.timeOut(execution.id);
		expect(done.status).toBe('success');
		const [item] = resumedWith(execution);
		expect(item.json).toEqual({
			timedOut: true,
			decision: 'timedOut',
			approved: false,
			to: TO,
			sentMessageId: sms.message_id,
			waitedUntil: new Date(waitTill).toISOString(),
			sent: expect.objectContaining({
				message_id: sms.message_id,
				status: 'SUCCESS',
				date_iso: isoOf(sms.date),
			}),
			sendState: 'accepted',
		});
		expect(item.pairedItem).toEqual({ item: 0 });
		// A reply after the end: n8n answers for the finished execution.
		await reply(execution, 'YES');
		expect(n8n.answers.at(-1)!.answer.body).toBe('send-and-wait-no-action-required');
		expect(n8n.executions.get(execution.id)!.data.resultData.runData[NEXT_NODE]).toHaveLength(1);
	});

	it.each([
		['freeText', { reply: null }],
		['delivery', { deliveryStatus: null, delivered: false }],
	])('%s: the timed-out output', async (responseType, answer) => {
		const execution = await start({ responseType });
		await n8n.timeOut(execution.id);
		expect(resumedWith(execution)[0].json).toMatchObject({
			timedOut: true,
			...answer,
			sendState: 'accepted',
		});
	});

	it('At Specified Time waits until that date', async () => {
		const at = new Date(Date.now() + 3 * 3_600_000);
		const execution = await start({
			limitType: 'atSpecifiedTime',
			maxDateAndTime: at.toISOString(),
		});
		expect(Math.abs(Date.parse(execution.waitTill!) - at.getTime())).toBeLessThan(1000);
		expect(String(ruleOf(execution).rule_name)).toContain(
			`until ${at.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
		);
	});

	it("a new wait removes the account's wait rules whose limit has passed (timed out, stopped or deleted executions), and no other rule", async () => {
		const create = async (path: string, body: IDataObject) =>
			await fetch(`${sandbox.baseUrl}${path}`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					authorization: `Basic ${Buffer.from('sandbox:key').toString('base64')}`,
				},
				body: JSON.stringify({
					action: 'URL',
					action_address: 'https://example.com/x',
					enabled: 1,
					...body,
				}),
			});
		await create(INBOUND, {
			rule_name: 'n8n wait until 2020-01-01T00:00:00Z (execution 7)',
			dedicated_number: '*',
		});
		await create(RECEIPTS, {
			rule_name: 'n8n wait until 2020-01-01T00:00:00Z (execution 8)',
			match_type: 0,
		});
		await create(INBOUND, {
			rule_name: 'n8n wait until 2999-01-01T00:00:00Z (execution 9)',
			dedicated_number: '*',
		});
		await create(INBOUND, {
			rule_name: 'n8n: Inbound orders (ClickSend Trigger)',
			dedicated_number: '*',
		});
		await create(RECEIPTS, { rule_name: 'My own rule until 2020-01-01T00:00:00Z', match_type: 0 });
		const execution = await start();
		const names = [...sandbox.rulesAt(INBOUND), ...sandbox.rulesAt(RECEIPTS)].map(
			(rule) => rule.rule_name,
		);
		expect(names.sort()).toEqual(
			[
				String(ruleOf(execution).rule_name),
				'My own rule until 2020-01-01T00:00:00Z',
				'n8n wait until 2999-01-01T00:00:00Z (execution 9)',
				'n8n: Inbound orders (ClickSend Trigger)',
			].sort(),
		);
	});

	it('a failing sweep does not stop the wait', async () => {
		sandbox.standIn.on(
			'GET',
			INBOUND,
			failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }),
			4,
		);
		const execution = await start();
		expect(execution.status).toBe('waiting');
	});
});

describe('SMS → Send and Wait for Response: bad input is refused before any request', () => {
	const past = new Date(Date.now() - 60_000).toISOString();
	it.each([
		['empty Approve Keywords', { approveKeywords: '' }, 'Approve Keywords is empty'],
		['Approve Keywords of commas only', { approveKeywords: ' , ,' }, 'Approve Keywords is empty'],
		['empty Decline Keywords', { declineKeywords: '   ' }, 'Decline Keywords is empty'],
		[
			'a keyword in both lists',
			{ approveKeywords: 'YES, OK', declineKeywords: 'no, ok!' },
			'"ok!" is both an approve and a decline keyword',
		],
		['a limit of 0', { resumeAmount: 0 }, 'Amount "0" is not a time to wait'],
		['a negative limit', { resumeAmount: -5 }, 'Amount "-5" is not a time to wait'],
		[
			'a limit that is not a number',
			{ resumeAmount: 'soon' },
			'Amount "soon" is not a time to wait',
		],
		[
			'a limit over a year',
			{ resumeAmount: 400, resumeUnit: 'days' },
			'Amount 400 days is more than a year',
		],
		[
			'a past Max Date and Time',
			{ limitType: 'atSpecifiedTime', maxDateAndTime: past },
			`Max Date and Time ${past.replace(/\.\d{3}Z$/, '')}`,
		],
		[
			'an impossible Max Date and Time',
			{ limitType: 'atSpecifiedTime', maxDateAndTime: '2031-02-30T10:00:00Z' },
			'Max Date and Time "2031-02-30T10:00:00Z" is not a date (February 2031 has 28 days)',
		],
		[
			'an empty Max Date and Time',
			{ limitType: 'atSpecifiedTime', maxDateAndTime: '' },
			'Max Date and Time is empty',
		],
		[
			'a list of recipients',
			{ to: '+61411111111, +61422222222' },
			'To holds several numbers ("+61411111111, +61422222222"): Send and Wait for Response waits for one person',
		],
		[
			'an array of recipients',
			{ to: '={{ ["+61411111111", "+61422222222"] }}' },
			'To holds several numbers (a list of 2 values): Send and Wait for Response waits for one person',
		],
		['a local number', { to: '0411111111' }, 'To "0411111111" is not in international format'],
		['not a number', { to: '12' }, 'To "12" is not a phone number'],
		[
			'an object in To',
			{ to: '={{ { "phone": "+61411111111" } }}' },
			'To received an object {"phone":"+61411111111"} instead of text',
		],
		['an empty Message', { message: '  ' }, 'Message is empty'],
		[
			'a Message too long',
			{ message: 'x'.repeat(1225) },
			'Message is too long for one SMS: 1225 characters (at most 1224)',
		],
		[
			'an alpha tag sender when waiting for a reply',
			{ from: { mode: 'id', value: 'MyShop' } },
			'From "MyShop" is an alpha tag: nobody can reply to it',
		],
		[
			'an Ask Again Message too long',
			{ askAgainMessage: '😀'.repeat(300) },
			'Ask Again Message is too long for one SMS',
		],
		[
			'an unknown Response Type',
			{ responseType: 'vote' },
			'Response Type "vote" is not one of the choices',
		],
	])('%s', async (_what, extra, message) => {
		const mark = sandbox.standIn.requests.length;
		const execution = await start(extra);
		expect(execution.status).toBe('error');
		expect(execution.data.resultData.error?.message).toContain(message);
		expect((execution.data.resultData.error as { description?: string }).description).toBeTruthy();
		expect(requestsSince(mark)).toEqual([]);
	});

	it('several input items: refused, with what to do instead', async () => {
		const mark = sandbox.standIn.requests.length;
		const execution = await start({}, { items: [{ a: 1 }, { a: 2 }, { a: 3 }] });
		expect(execution.status).toBe('error');
		expect(execution.data.resultData.error?.message).toBe(
			'Send and Wait for Response waits for one answer per execution; it received 3 items',
		);
		expect((execution.data.resultData.error as { description?: string }).description).toMatch(
			/Execute Once/,
		);
		expect(requestsSince(mark)).toEqual([]);
	});

	it.each(BAD_IDS.filter(([what]) => what !== 'non-numeric' && what !== 'an unsafe integer'))(
		'To mapped as %s',
		async (_what, value) => {
			const mark = sandbox.standIn.requests.length;
			const execution = await start({ to: `={{ ${JSON.stringify(value)} }}` });
			expect(execution.status).toBe('error');
			expect(execution.data.resultData.error?.message).toMatch(/^To /);
			expect(requestsSince(mark)).toEqual([]);
		},
	);

	it('Continue On Fail: the item carries the error; nothing is sent, nothing waits', async () => {
		const mark = sandbox.standIn.requests.length;
		const execution = await start({ resumeAmount: 0 }, { onError: 'continueRegularOutput' });
		expect(execution.status).toBe('success');
		expect(resumedWith(execution)[0].json).toMatchObject({
			error: 'Amount "0" is not a time to wait',
			error_description: expect.stringContaining('more than 0'),
			sendState: 'notSent',
		});
		expect(requestsSince(mark)).toEqual([]);
	});
});

/** ClickSend's envelope with an error code is a clear refusal; an answer that is not ClickSend's may hide an accepted send. */
const STATE_OF_200: Record<string, SendState> = {
	'a non-SUCCESS response_code': 'refused',
	'malformed JSON': 'uncertain',
	'an HTML page': 'uncertain',
};

describe('SMS → Send and Wait for Response: ClickSend refuses', () => {
	it.each([
		[
			'the account has no credit',
			failure(200, 'INSUFFICIENT_CREDIT', 'Not enough credit.'),
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		],
		['a 400', failure(400, 'BAD_REQUEST', 'Bad request.'), 'ClickSend: Bad request (BAD_REQUEST)'],
		...NOT_SUCCESS_200,
	])(
		'the send (%s): the item fails with the reason, the rule is removed, nothing waits',
		async (what, answer, cause) => {
			sandbox.standIn.on('POST', '/sms/send', answer, 1);
			const sends = sandbox.sentSms.length;
			const requests = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			const execution = await start();
			expect(execution.status).toBe('error');
			const error = execution.data.resultData.error as { message: string; description?: string };
			if ((STATE_OF_200[what] ?? 'refused') === 'refused') {
				expect(error.message).toBe(`The SMS was not sent: ${cause}`);
				expect(error.description).toMatch(/^Nothing waits: the wait was cancelled\. \S/);
			} else {
				expect(error.message).toBe(UNCERTAIN);
				expect(error.description).toBe(
					`${CANCELLED} Check the SMS history before running the workflow again, or the message may be sent twice. What failed: ${cause}.`,
				);
			}
			expect(sandbox.sentSms.length).toBe(sends);
			expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
			expect(sandbox.standIn.requestsTo('POST', '/sms/send').length - requests).toBe(1);
		},
	);

	it('the message (ClickSend accepts the request, refuses the recipient): the item fails with its status', async () => {
		sandbox.standIn.on(
			'POST',
			'/sms/send',
			echoMessages(() => 'INVALID_RECIPIENT'),
			1,
		);
		const execution = await start();
		expect(execution.data.resultData.error?.message).toBe(
			`The SMS was not sent: ClickSend did not accept the message to ${TO} (INVALID_RECIPIENT)`,
		);
		expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
	});

	it('a 500, a dropped connection or no result for the SMS: "may have accepted", never sent twice, nothing waits', async () => {
		for (const [answer, cause] of [
			[failure(500, 'INTERNAL_ERROR', 'Oops.'), 'ClickSend had an internal error (INTERNAL_ERROR)'],
			[FAULTS.drop, 'The connection to ClickSend at 127.0.0.1'],
			[
				success({ total_price: 0, total_count: 0, queued_count: 0, messages: [] }),
				'ClickSend returned no result for this SMS',
			],
		] as const) {
			const before = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			sandbox.standIn.on('POST', '/sms/send', answer, 1);
			const execution = await start();
			expect(execution.data.resultData.error?.message).toBe(UNCERTAIN);
			const { description } = execution.data.resultData.error as { description?: string };
			expect(description).toMatch(
				/^Nothing waits: the wait was cancelled\. Check the SMS history before running the workflow again/,
			);
			expect(description).toContain(`What failed: ${cause}`);
			expect(sandbox.standIn.requestsTo('POST', '/sms/send').length - before).toBe(1);
			expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
		}
	});

	it.each([
		[
			'refuses to create the rule',
			'POST',
			INBOUND,
			failure(403, 'FORBIDDEN', 'Access denied.'),
			'ClickSend: Access denied (FORBIDDEN)',
		],
		[
			'answers the create with a 500',
			'POST',
			INBOUND,
			failure(500, 'INTERNAL_ERROR', 'Oops.'),
			'ClickSend had an internal error (INTERNAL_ERROR)',
		],
		[
			'answers the create without a rule id',
			'POST',
			INBOUND,
			success({ rule_name: 'n8n wait' }),
			'ClickSend created the automation rule but returned no rule id',
		],
		[
			'refuses the rule update',
			'PUT',
			/^\/automations\/sms\/inbound\/\d+$/,
			failure(400, 'BAD_REQUEST', 'Invalid address.'),
			'ClickSend: Invalid address (BAD_REQUEST)',
		],
	])(
		'ClickSend %s: the item fails clearly, nothing is sent, no rule is left, nothing waits',
		async (_what, method, path, answer, cause) => {
			sandbox.standIn.on(method, path, answer, 1);
			const sends = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			const execution = await start();
			expect(execution.status).toBe('error');
			const error = execution.data.resultData.error as { message: string; description?: string };
			expect(error.message).toBe(
				`Could not create the ClickSend automation rule that brings the answer back: ${cause}`,
			);
			expect(error.description).toMatch(/^Nothing was sent and nothing waits\. \S/);
			expect(sandbox.standIn.requestsTo('POST', '/sms/send').length).toBe(sends);
			expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
		},
	);

	it('the delivery cannot delete the rule (ClickSend fails): answered 503, the execution waits; ClickSend delivers again and it resumes', async () => {
		const execution = await start();
		sandbox.standIn.on(
			'DELETE',
			/^\/automations\/sms\/inbound\/\d+$/,
			failure(500, 'INTERNAL_ERROR', 'Oops.'),
			4,
		);
		const first = await reply(execution, 'YES');
		expect(first.deliveries.map((delivery) => delivery.status)).toEqual([503]);
		expect(status(execution)).toBe('waiting');
		const again = await sandbox.deliver(String(first.deliveries[0].url), 'json', first.sms);
		expect(again.status).toBe(200);
		expect(resumedWith(execution)[0].json).toMatchObject({ decision: 'approved' });
	});
});

/**
 * `sendState` on every item of a Send and Wait (Editor conventions, rule 10), read where a following
 * IF node finds it: on the item with On Error → Continue, under `details` on the error output.
 */
describe.each<NonNullable<INode['onError']>>(['continueRegularOutput', 'continueErrorOutput'])(
	'SMS → Send and Wait for Response: sendState, On Error = %s',
	(mode) => {
		/** The ClickSend node's one output item of a run that did not wait, and its branch. */
		function failedItem(execution: StoredExecution) {
			expect(execution.status).toBe('success');
			const main = execution.data.resultData.runData.ClickSend.at(-1)!.data!.main;
			const branches = main.map((items) => items?.length ?? 0);
			expect(branches.reduce((sum, count) => sum + count, 0)).toBe(1);
			const branch = branches.findIndex((count) => count === 1);
			const { json, pairedItem } = main[branch]![0];
			expect(pairedItem).toEqual({ item: 0 });
			const details = (json.details ?? {}) as IDataObject;
			return {
				branch: branch === 1 ? 'error' : 'success',
				error: json.error,
				description: mode === 'continueErrorOutput' ? details.description : json.error_description,
				sendState: mode === 'continueErrorOutput' ? details.sendState : json.sendState,
			};
		}
		const errorBranch = mode === 'continueErrorOutput' ? 'error' : 'success';

		it('accepted: the waiting item, the answer and the timed-out output', async () => {
			const answered = await start({}, { onError: mode });
			expect(waitingItem(answered).sendState).toBe('accepted');
			await reply(answered, 'YES');
			expect(resumedWith(answered)[0].json).toMatchObject({
				decision: 'approved',
				sendState: 'accepted',
			});
			const timedOut = await start({ responseType: 'delivery' }, { onError: mode });
			await n8n.timeOut(timedOut.id);
			expect(resumedWith(timedOut)[0].json).toMatchObject({
				timedOut: true,
				sendState: 'accepted',
			});
			expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
		});

		it.each([
			['bad input', { resumeAmount: 0 }, undefined, 'Amount "0" is not a time to wait'],
			[
				'the rule refused',
				{},
				['POST', INBOUND, failure(403, 'FORBIDDEN', 'Access denied.')] as const,
				'Could not create the ClickSend automation rule that brings the answer back: ClickSend: Access denied (FORBIDDEN)',
			],
		])('notSent: %s (no SMS requested)', async (_what, extra, fault, message) => {
			if (fault) sandbox.standIn.on(fault[0], fault[1], fault[2], 1);
			const before = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			const item = failedItem(await start(extra, { onError: mode }));
			expect(item).toMatchObject({ branch: errorBranch, error: message, sendState: 'notSent' });
			expect(sandbox.standIn.requestsTo('POST', '/sms/send').length - before).toBe(0);
			expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
		});

		it.each([
			[
				'refused',
				failure(200, 'INSUFFICIENT_CREDIT', 'Not enough credit.'),
				'The SMS was not sent: Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
				/^Nothing waits: the wait was cancelled\. Top up/,
			],
			[
				'refused',
				echoMessages(() => 'INVALID_RECIPIENT'),
				`The SMS was not sent: ClickSend did not accept the message to ${TO} (INVALID_RECIPIENT)`,
				/^Nothing waits: the wait was cancelled\. /,
			],
			[
				'uncertain',
				failure(500, 'INTERNAL_ERROR', 'Oops.'),
				UNCERTAIN,
				/^Nothing waits: the wait was cancelled\. Check the SMS history before running the workflow again, or the message may be sent twice\. What failed: ClickSend had an internal error \(INTERNAL_ERROR\)\.$/,
			],
		])(
			'%s: the send, requested once; the rule removed',
			async (state, answer, message, description) => {
				sandbox.standIn.on('POST', '/sms/send', answer, 1);
				const before = sandbox.standIn.requestsTo('POST', '/sms/send').length;
				const item = failedItem(await start({}, { onError: mode }));
				expect(item).toMatchObject({ branch: errorBranch, error: message, sendState: state });
				expect(item.description).toMatch(description);
				expect(sandbox.standIn.requestsTo('POST', '/sms/send').length - before).toBe(1);
				expect(sandbox.rulesAt(INBOUND)).toHaveLength(0);
			},
		);
	},
);

describe('SMS → Send and Wait for Response: asking again fails', () => {
	it('ClickSend refuses the question asked again: answered 503, nothing resumes; the redelivery asks again', async () => {
		const execution = await start();
		sandbox.standIn.on(
			'POST',
			'/sms/send',
			echoMessages(() => 'INSUFFICIENT_CREDIT'),
			1,
		);
		const first = await reply(execution, 'What?');
		expect(first.deliveries.map((delivery) => delivery.status)).toEqual([503]);
		expect(status(execution)).toBe('waiting');
		const sends = sandbox.sentSms.length;
		const again = await sandbox.deliver(String(first.deliveries[0].url), 'json', first.sms);
		expect(again.status).toBe(200);
		expect(n8n.answers.at(-1)!.answer.body).toEqual({ received: true, note: 'asked again' });
		expect(sandbox.sentSms.length).toBe(sends + 1);
		expect(status(execution)).toBe('waiting');
	});
});

describe('SMS → Send and Wait for Response: the resume URL and n8n versions', () => {
	it("n8n checks the URL's signature: a URL with changed parameters is refused (401) and resumes nothing", async () => {
		const execution = await start();
		const url = new URL(String(ruleOf(execution).action_address));
		url.searchParams.set('to', '+61499999999');
		const answer = await n8n.post(url.toString(), {
			from: '+61499999999',
			body: 'YES',
			custom_string: sentBy(execution).custom_string,
		});
		expect(answer.status).toBe(401);
		expect(status(execution)).toBe('waiting');
	});

	it('where n8n does not check it (n8n 1.x without the flag), the node refuses a forged URL itself', async () => {
		const execution = await start({}, { n8nChecksSignature: false });
		const original = new URL(String(ruleOf(execution).action_address));
		const forged = new URL(original);
		forged.searchParams.set('to', '+61499999999');
		const body = {
			from: '+61499999999',
			body: 'YES',
			custom_string: sentBy(execution).custom_string,
		};
		expect(await n8n.post(forged.toString(), body)).toMatchObject({
			status: 401,
			body: { message: 'Unauthorized: this resume URL is not signed by this n8n' },
		});
		original.searchParams.delete('signature');
		expect((await n8n.post(original.toString(), body)).status).toBe(401);
		expect(status(execution)).toBe('waiting');
		await reply(execution, 'YES');
		expect(status(execution)).toBe('success');
	});

	it('an empty delivery (a reachability check) is answered and resumes nothing', async () => {
		const execution = await start();
		const answer = await n8n.post(String(ruleOf(execution).action_address), {});
		expect(answer).toMatchObject({
			status: 200,
			body: { received: true, note: 'no event for this wait' },
			resumed: false,
		});
		expect(status(execution)).toBe('waiting');
	});

	it('an n8n without signed resume URLs (before 1.123 / 2.0): a clear error before any request', async () => {
		let owner = ExecuteContext.prototype as object | null;
		while (owner && !Object.prototype.hasOwnProperty.call(owner, 'getSignedResumeUrl'))
			owner = Object.getPrototypeOf(owner) as object | null;
		const holder = owner as { getSignedResumeUrl?: unknown };
		const original = holder.getSignedResumeUrl;
		delete holder.getSignedResumeUrl;
		try {
			const mark = sandbox.standIn.requests.length;
			const execution = await start();
			expect(execution.data.resultData.error?.message).toBe(
				'This n8n cannot run Send and Wait for Response: it cannot sign resume URLs (getSignedResumeUrl)',
			);
			expect((execution.data.resultData.error as { description?: string }).description).toMatch(
				/n8n 1\.123 or newer \(1\.x\), or n8n 2\.0 or newer/,
			);
			expect(requestsSince(mark)).toEqual([]);
		} finally {
			holder.getSignedResumeUrl = original;
		}
	});

	it('as an AI agent tool: refused before any request, with what to use instead', async () => {
		const mark = sandbox.standIn.requests.length;
		const execution = await start({}, { nodeType: 'n8n-nodes-clicksend-suite.clickSendTool' });
		expect(execution.data.resultData.error?.message).toContain(
			'Send and Wait for Response cannot run as an AI agent tool',
		);
		expect(requestsSince(mark)).toEqual([]);
	});
});
