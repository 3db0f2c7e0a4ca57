import type { IDataObject } from 'n8n-workflow';

import {
	getTriggerEvent,
	POLLABLE_EVENTS,
	TRIGGER_EVENTS,
} from '../../nodes/ClickSendEvents/events';
import {
	deliveryStatus,
	eventId,
	eventItem,
	eventTimestamp,
	toIsoDate,
} from '../../nodes/ClickSendEvents/output';
import { ANY_MESSAGE, matchesFilters, ruleBody } from '../../nodes/ClickSendEvents/rules';
import { pollRuleBody, ruleKeepsEvents } from '../../nodes/ClickSendPollingTrigger/pollRule';
import {
	isNew,
	MAX_REMEMBERED_EVENTS,
	nextResumePage,
	pagesAfterFirst,
	remember,
	startState,
} from '../../nodes/ClickSendPollingTrigger/pollState';
import {
	DEDUPE_MAX_KEYS,
	DEDUPE_WINDOW_SECONDS,
	firstDelivery,
} from '../../nodes/ClickSendTrigger/dedupe';
import {
	DeliveryRefusal,
	MAX_DELIVERY_BYTES,
	readEvent,
} from '../../nodes/ClickSendTrigger/delivery';

describe('toIsoDate', () => {
	it.each([
		[1722997250, '2024-08-07T02:20:50.000Z'],
		['1722997250', '2024-08-07T02:20:50.000Z'],
		[' 1722997250 ', '2024-08-07T02:20:50.000Z'],
		[1722997250123, '2024-08-07T02:20:50.123Z'],
		['2024-08-07T02:20:50Z', '2024-08-07T02:20:50.000Z'],
		['2024-08-07 02:20:50 UTC', '2024-08-07T02:20:50.000Z'],
	])('%p → %s', (input, expected) => {
		expect(toIsoDate(input)).toBe(expected);
	});

	it.each([[undefined], [null], [''], ['not a date'], [{}]])('%p → undefined', (input) => {
		expect(toIsoDate(input)).toBeUndefined();
	});

	it('eventTimestamp prefers timestamp, then timestamp_send; 0 when neither', () => {
		expect(eventTimestamp({ timestamp: '20', timestamp_send: 10 })).toBe(20);
		expect(eventTimestamp({ timestamp_send: 10 })).toBe(10);
		expect(eventTimestamp({})).toBe(0);
	});
});

describe("readEvent (a delivery's fields)", () => {
	const read = (query: IDataObject, body: unknown, rawBody?: string) =>
		readEvent(
			{ rawBody: rawBody === undefined ? undefined : Buffer.from(rawBody), headers: {} },
			query,
			body,
		);
	const refusal = (run: () => unknown) => {
		const result = run();
		expect(result).toBeInstanceOf(DeliveryRefusal);
		return result as DeliveryRefusal;
	};

	it('merges query and body, body winning, without the token', () => {
		expect(read({ token: 's', a: '1', b: '2' }, { b: 3 })).toEqual({ a: '1', b: 3 });
	});

	it('reads a JSON or form text body (a content type n8n did not parse), and the raw body when n8n left none', () => {
		expect(read({}, '{"message_id":"M","timestamp":1}')).toEqual({ message_id: 'M', timestamp: 1 });
		expect(read({}, 'message_id=M&body=hi%20there')).toEqual({ message_id: 'M', body: 'hi there' });
		expect(read({}, undefined, '{"message_id":"M"}')).toEqual({ message_id: 'M' });
		expect(read({}, '   ')).toEqual({});
	});

	it('keeps the last value of a repeated key and never copies prototype keys', () => {
		expect(read({ status_code: ['200', '201'] }, undefined)).toEqual({ status_code: '201' });
		const event = read(
			{},
			JSON.parse('{"__proto__":{"polluted":1},"constructor":"x","message_id":"M"}'),
		);
		expect(event).toEqual({ message_id: 'M' });
		expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
	});

	it.each([
		['broken JSON', '{"message_id": "M-1", "body": "hi'],
		['a JSON array', '[{"message_id":"M-1"}]'],
		['a JSON string', '"hello"'],
		['plain text', 'hello there'],
	])('%s is refused with 400', (_name, body) => {
		expect(refusal(() => read({}, body))).toMatchObject({ status: 400 });
	});

	it(`a body over ${MAX_DELIVERY_BYTES} bytes is refused with 413, measured by n8n's raw body, Content-Length or the body`, () => {
		const big = 'x'.repeat(MAX_DELIVERY_BYTES);
		expect(refusal(() => read({}, { body: big }))).toMatchObject({ status: 413 });
		expect(refusal(() => read({}, {}, `{"body":"${big}"}`))).toMatchObject({ status: 413 });
		expect(
			refusal(() =>
				readEvent({ headers: { 'content-length': String(MAX_DELIVERY_BYTES + 1) } }, {}, {}),
			),
		).toMatchObject({ status: 413 });
		expect(read({}, { body: 'x'.repeat(MAX_DELIVERY_BYTES - 20) })).toHaveProperty('body');
	});
});

describe('eventItem (the output)', () => {
	const inboundSms = getTriggerEvent('inboundSms');
	const smsReceipt = getTriggerEvent('smsReceipt');

	it("is ClickSend's fields (dates with their ISO twin), then event, eventId and receivedAt", () => {
		const output = eventItem(inboundSms, {
			from: '+1',
			to: '+2',
			body: 'hi',
			message_id: 'M',
			timestamp: 1,
			extra: 'x',
		});
		expect(Object.keys(output)).toEqual([
			'from',
			'to',
			'body',
			'message_id',
			'timestamp',
			'timestamp_iso',
			'extra',
			'event',
			'eventId',
			'receivedAt',
		]);
		expect(output).toEqual({
			from: '+1',
			to: '+2',
			body: 'hi',
			message_id: 'M',
			timestamp: 1,
			timestamp_iso: '1970-01-01T00:00:01.000Z',
			extra: 'x',
			event: 'inboundSms',
			eventId: 'inboundSms:M',
			receivedAt: '1970-01-01T00:00:01.000Z',
		});
	});

	it("receipts add deliveryStatus (ClickSend's own `status` field stays as sent)", () => {
		expect(
			eventItem(smsReceipt, {
				message_id: 'M',
				status_code: '301',
				status: 'Undelivered',
				timestamp: 1,
			}),
		).toEqual({
			message_id: 'M',
			status_code: '301',
			status: 'Undelivered',
			timestamp: 1,
			timestamp_iso: '1970-01-01T00:00:01.000Z',
			event: 'smsReceipt',
			eventId: 'smsReceipt:M:301',
			deliveryStatus: 'failed',
			receivedAt: '1970-01-01T00:00:01.000Z',
		});
	});

	it('falls back to the time of receipt when ClickSend sent no timestamp', () => {
		expect(eventItem(inboundSms, { message_id: 'M' }, '2026-01-01T00:00:00.000Z').receivedAt).toBe(
			'2026-01-01T00:00:00.000Z',
		);
	});

	it.each([
		['200', 'queued'],
		['201', 'delivered'],
		['300', 'retrying'],
		['301', 'failed'],
		['Completed', 'completed'],
	])('receipt status_code %s → %s', (code, status) => {
		expect(deliveryStatus({ status_code: code })).toBe(status);
		expect(eventItem(smsReceipt, { status_code: code }).deliveryStatus).toBe(status);
	});

	it('eventId: inbound by message, receipts by message and status; a stable fingerprint without a message id', () => {
		expect(eventId(inboundSms, { message_id: 'M' })).toBe('inboundSms:M');
		expect(eventId(inboundSms, { messageid: 'LEGACY' })).toBe('inboundSms:LEGACY');
		expect(eventId(smsReceipt, { message_id: 'M', status_code: 201 })).toBe('smsReceipt:M:201');
		const anonymous = eventId(smsReceipt, { status_code: 201, timestamp: 5 });
		expect(anonymous).toMatch(/^smsReceipt:#[0-9a-f]{14}$/);
		expect(eventId(smsReceipt, { timestamp: 5, status_code: 201 })).toBe(anonymous);
		expect(eventId(smsReceipt, { status_code: 201, timestamp: 6 })).not.toBe(anonymous);
	});
});

describe("firstDelivery (the webhook trigger's in-process memory)", () => {
	it('says new once per event id within the window, and again after it', () => {
		expect(firstDelivery('activation-1', 'a', 1000)).toBe(true);
		expect(firstDelivery('activation-1', 'a', 1001)).toBe(false);
		expect(firstDelivery('activation-1', 'a', 1000 + DEDUPE_WINDOW_SECONDS + 1)).toBe(true);
	});

	it('keeps at most the newest ids', () => {
		for (let index = 0; index < DEDUPE_MAX_KEYS + 5; index++)
			firstDelivery('activation-2', `k${index}`, 1000 + index);
		expect(firstDelivery('activation-2', `k${DEDUPE_MAX_KEYS + 4}`, 5000)).toBe(false);
		expect(firstDelivery('activation-2', 'k0', 5000)).toBe(true);
	});

	it('keeps activations apart: a new activation starts with a clean memory', () => {
		expect(firstDelivery('activation-3', 'inboundSms:M-2', 1000)).toBe(true);
		expect(firstDelivery('activation-4', 'inboundSms:M-2', 1000)).toBe(true);
	});
});

describe('matchesFilters (inbound SMS polling)', () => {
	const row = { to: '+61422222222', body: 'Order 66 please' };
	it.each([
		['*', 0, '', true],
		['+61422222222', 0, '', true],
		['+61433333333', 0, '', false],
		['*', 1, 'order', true],
		['*', 1, 'please', false],
		['*', 2, '66', true],
		['*', 3, '66', false],
		['*', 3, 'stop', true],
	])(
		'number %s, match type %i, term %p → %p',
		(dedicatedNumber, messageSearchType, messageSearchTerm, expected) => {
			expect(matchesFilters(row, { dedicatedNumber, messageSearchType, messageSearchTerm })).toBe(
				expected,
			);
		},
	);
});

describe('events', () => {
	it('every event has a rule path under /automations, an id field, and an action starting "On "', () => {
		for (const event of TRIGGER_EVENTS) {
			expect(event.rulePath).toMatch(/^\/automations\/(sms|fax|voice|email)\/(inbound|receipts)$/);
			expect(['inbound_rule_id', 'receipt_rule_id']).toContain(event.ruleIdField);
			expect(event.action).toMatch(/^On /);
		}
	});

	it('polling serves inbound SMS and SMS, voice and fax receipts (no list endpoint for the rest)', () => {
		expect(POLLABLE_EVENTS.map((event) => event.value)).toEqual([
			'inboundSms',
			'smsReceipt',
			'faxReceipt',
			'voiceReceipt',
		]);
	});

	it('an unknown event is an error', () => {
		expect(() => getTriggerEvent('inboundMms')).toThrow('Unknown ClickSend Trigger event');
	});
});

describe('rule bodies (both triggers)', () => {
	it.each([
		[
			'inboundSms',
			{
				rule_name: 'n',
				dedicated_number: '+61422222222',
				message_search_type: 2,
				message_search_term: 'STOP',
				action: 'URL',
				action_address: 'https://x',
				enabled: 1,
				webhook_type: 'json',
			},
		],
		[
			'inboundFax',
			{
				rule_name: 'n',
				dedicated_number: '+61422222222',
				action: 'URL',
				action_address: 'https://x',
				enabled: 1,
			},
		],
		[
			'voiceReceipt',
			{ rule_name: 'n', match_type: 0, action: 'URL', action_address: 'https://x', enabled: 1 },
		],
	])('%s URL rule', (value, expected) => {
		const filters = {
			dedicatedNumber: '+61422222222',
			messageSearchType: 2,
			messageSearchTerm: 'STOP',
		};
		expect(
			ruleBody(getTriggerEvent(value), 'n', filters, { action: 'URL', address: 'https://x' }),
		).toEqual(expected);
	});

	it("a POLL rule is the event's rule for every message, action POLL, an empty address and no webhook_type", () => {
		expect(pollRuleBody(getTriggerEvent('inboundSms'), 'n8n polling: x', '*')).toEqual({
			dedicated_number: '*',
			rule_name: 'n8n polling: x',
			message_search_type: 0,
			message_search_term: null,
			action: 'POLL',
			action_address: '',
			enabled: 1,
		});
	});
});

describe('POLL rules that can be reused (ClickSend Polling Trigger)', () => {
	const inboundSms = getTriggerEvent('inboundSms');
	const rule = (extra: IDataObject): IDataObject => ({
		dedicated_number: '*',
		message_search_type: 0,
		message_search_term: null,
		action: 'POLL',
		enabled: 1,
		...extra,
	});

	it.each([
		['all numbers, any message', rule({}), ANY_MESSAGE, true],
		['action in lower case', rule({ action: 'poll' }), ANY_MESSAGE, true],
		['a URL rule', rule({ action: 'URL' }), ANY_MESSAGE, false],
		['disabled', rule({ enabled: 0 }), ANY_MESSAGE, false],
		['one number, node wants all', rule({ dedicated_number: '+61422222222' }), ANY_MESSAGE, false],
		[
			'same number without +',
			rule({ dedicated_number: '61422222222' }),
			{ ...ANY_MESSAGE, dedicatedNumber: '+61422222222' },
			true,
		],
		[
			'another number',
			rule({ dedicated_number: '+61433333333' }),
			{ ...ANY_MESSAGE, dedicatedNumber: '+61422222222' },
			false,
		],
		[
			'narrower match than the node',
			rule({ message_search_type: 1, message_search_term: 'STOP' }),
			ANY_MESSAGE,
			false,
		],
		[
			"the node's own match",
			rule({ message_search_type: 1, message_search_term: 'STOP' }),
			{ dedicatedNumber: '*', messageSearchType: 1, messageSearchTerm: 'stop' },
			true,
		],
	])('inbound SMS rule: %s → %p', (_name, candidate, filters, expected) => {
		expect(ruleKeepsEvents(inboundSms, candidate, filters)).toBe(expected);
	});

	it('receipt rules must report everything (match_type 0)', () => {
		const smsReceipt = getTriggerEvent('smsReceipt');
		expect(
			ruleKeepsEvents(smsReceipt, { action: 'POLL', match_type: 0, enabled: 1 }, ANY_MESSAGE),
		).toBe(true);
		expect(
			ruleKeepsEvents(smsReceipt, { action: 'POLL', match_type: 1, enabled: 1 }, ANY_MESSAGE),
		).toBe(false);
	});
});

describe('poll state (ClickSend Polling Trigger)', () => {
	it('the first poll makes everything listed history, except new events later in its newest second', () => {
		const state = startState('smsReceipt', [
			{ id: 'a', time: 100 },
			{ id: 'b', time: 200 },
		]);
		expect(state).toEqual({
			event: 'smsReceipt',
			before: 200,
			seen: { b: 200 },
			resumePage: 0,
			passNewest: 200,
		});
		expect(isNew(state, 'a', 100)).toBe(false);
		expect(isNew(state, 'b', 200)).toBe(false);
		expect(isNew(state, 'c', 200)).toBe(true);
		expect(isNew(state, 'late', 150)).toBe(false); // older than the activation
		expect(startState('smsReceipt', []).before).toBe(0);
	});

	it('an event listed late with an older time than the newest emitted is still new', () => {
		const state = startState('smsReceipt', []);
		remember(state, [{ id: 'new', time: 500 }], 1000);
		expect(isNew(state, 'late', 400)).toBe(true);
		expect(isNew(state, 'new', 500)).toBe(false);
	});

	it(`remembers ${MAX_REMEMBERED_EVENTS} ids at most, forgetting whole seconds and moving "before" past them`, () => {
		const state = startState('inboundSms', []);
		const events = Array.from({ length: MAX_REMEMBERED_EVENTS + 10 }, (_, index) => ({
			id: `e${index}`,
			time: 1000 + Math.floor(index / 2),
		}));
		remember(state, events, 9999);
		expect(Object.keys(state.seen).length).toBeLessThanOrEqual(MAX_REMEMBERED_EVENTS);
		expect(state.before).toBe(1005);
		for (const { id, time } of events) expect(isNew(state, id, time)).toBe(false);
		expect(isNew(state, 'other', 1004)).toBe(false);
		expect(isNew(state, 'other', 1005)).toBe(true);
	});

	it('events without a time are judged by id and remembered at the time of the poll', () => {
		const state = startState('inboundSms', [{ id: 'x', time: 100 }]);
		expect(isNew(state, 'timeless', 0)).toBe(true);
		remember(state, [{ id: 'timeless', time: 0 }], 777);
		expect(state.seen.timeless).toBe(777);
	});

	it.each([
		[1, 0, []],
		[3, 0, [3, 2]],
		[13, 0, [13, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
		[13, 10, [10, 11, 12, 13]],
		[4, 2, [2, 3, 4]],
		[13, 20, [13, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
	])('pages after page 1 of %i pages, resuming at %i: %j', (lastPage, resume, expected) => {
		expect(pagesAfterFirst(lastPage, resume)).toEqual(expected);
	});

	it('the next poll continues at the first planned page not read', () => {
		expect(nextResumePage([13, 2, 3, 4], new Set([1, 13, 2]))).toBe(3);
		expect(nextResumePage([10, 11, 12, 13], new Set([1, 10, 11, 12, 13]))).toBe(0);
	});
});
