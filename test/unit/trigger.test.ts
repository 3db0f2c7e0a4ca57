import type { IDataObject } from 'n8n-workflow';

import {
	DEDUPE_MAX_KEYS,
	DEDUPE_WINDOW_SECONDS,
	rememberDelivery,
	rememberEvent,
} from '../../nodes/ClickSendTrigger/dedupe';
import { getTriggerEvent, POLLABLE_EVENTS, TRIGGER_EVENTS } from '../../nodes/ClickSendTrigger/events';
import {
	dedupeKey,
	deliveryPayload,
	eventTimestamp,
	normaliseEvent,
	receiptStatus,
	toIsoDate,
} from '../../nodes/ClickSendTrigger/normalise';
import { matchesFilters } from '../../nodes/ClickSendPollingTrigger/poll';
import { pollRuleBody, ruleKeepsEvents } from '../../nodes/ClickSendPollingTrigger/pollRule';

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

describe('deliveryPayload', () => {
	it('merges query and body, body winning, without the token', () => {
		expect(deliveryPayload({ token: 's', a: '1', b: '2' }, { b: 3 })).toEqual({ a: '1', b: 3 });
	});

	it('reads a JSON or form string body (a content type n8n did not parse)', () => {
		expect(deliveryPayload({}, '{"message_id":"M","timestamp":1}')).toEqual({ message_id: 'M', timestamp: 1 });
		expect(deliveryPayload({}, 'message_id=M&body=hi%20there')).toEqual({ message_id: 'M', body: 'hi there' });
		expect(deliveryPayload({}, '   ')).toEqual({});
	});

	it('keeps the last value of a repeated key', () => {
		expect(deliveryPayload({ token: ['a', 'b'], status_code: ['200', '201'] }, undefined)).toEqual({ status_code: '201' });
	});
});

describe('normaliseEvent', () => {
	const inboundSms = getTriggerEvent('inboundSms');
	const smsReceipt = getTriggerEvent('smsReceipt');

	it('adds the normalised fields and keeps ClickSend\'s own', () => {
		const output = normaliseEvent(inboundSms, { from: '+1', to: '+2', body: 'hi', message_id: 'M', timestamp: 1, extra: 'x' });
		expect(output).toEqual({
			from: '+1',
			to: '+2',
			body: 'hi',
			message_id: 'M',
			timestamp: 1,
			extra: 'x',
			event: 'inboundSms',
			messageId: 'M',
			originalMessageId: null,
			originalBody: null,
			customString: null,
			receivedAt: '1970-01-01T00:00:01.000Z',
		});
	});

	it('falls back to the time of receipt when ClickSend sent no timestamp', () => {
		expect(normaliseEvent(inboundSms, { message_id: 'M' }, '2026-01-01T00:00:00.000Z').receivedAt).toBe(
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
		expect(receiptStatus({ status_code: code })).toBe(status);
		expect(normaliseEvent(smsReceipt, { status_code: code }).status).toBe(status);
	});

	it('dedupe keys: inbound by message, receipts by message and status', () => {
		expect(dedupeKey(inboundSms, { message_id: 'M' })).toBe('inboundSms:M');
		expect(dedupeKey(smsReceipt, { message_id: 'M', status_code: 201 })).toBe('smsReceipt:M:201');
		expect(dedupeKey(smsReceipt, { status_code: 201 })).toBeUndefined();
	});
});

describe('rememberEvent', () => {
	it('says new once per key within the window, and again after it', () => {
		const store: IDataObject = {};
		expect(rememberEvent(store, 'a', 1000)).toBe(true);
		expect(rememberEvent(store, 'a', 1001)).toBe(false);
		expect(rememberEvent(store, 'a', 1000 + DEDUPE_WINDOW_SECONDS + 1)).toBe(true);
	});

	it('keeps at most the newest keys', () => {
		const store: IDataObject = {};
		for (let index = 0; index < DEDUPE_MAX_KEYS + 5; index++) rememberEvent(store, `k${index}`, 1000 + index);
		expect(Object.keys(store.seen as IDataObject)).toHaveLength(DEDUPE_MAX_KEYS);
		expect(rememberEvent(store, `k${DEDUPE_MAX_KEYS + 4}`, 5000)).toBe(false);
		expect(rememberEvent(store, 'k0', 5000)).toBe(true);
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
	])('number %s, match type %i, term %p → %p', (number, type, term, expected) => {
		expect(matchesFilters(row, number, type, term)).toBe(expected);
	});
});

describe('events', () => {
	it('every event has a rule path under /automations and an id field', () => {
		for (const event of TRIGGER_EVENTS) {
			expect(event.rulePath).toMatch(/^\/automations\/(sms|fax|voice|email)\/(inbound|receipts)$/);
			expect(['inbound_rule_id', 'receipt_rule_id']).toContain(event.ruleIdField);
		}
	});

	it('polling serves inbound SMS and SMS, voice and fax receipts (no list endpoint for the rest)', () => {
		expect(POLLABLE_EVENTS.map((event) => event.value)).toEqual(['inboundSms', 'smsReceipt', 'faxReceipt', 'voiceReceipt']);
	});

	it('an unknown event is an error', () => {
		expect(() => getTriggerEvent('inboundMms')).toThrow('Unknown ClickSend Trigger event');
	});
});

describe('POLL rules (ClickSend Polling Trigger)', () => {
	const inboundSms = getTriggerEvent('inboundSms');
	const anyMessage = { dedicatedNumber: '*', messageSearchType: 0, messageSearchTerm: '' };
	const rule = (extra: IDataObject): IDataObject => ({
		dedicated_number: '*',
		message_search_type: 0,
		message_search_term: null,
		action: 'POLL',
		enabled: 1,
		...extra,
	});

	it.each([
		['all numbers, any message', rule({}), anyMessage, true],
		['action in lower case', rule({ action: 'poll' }), anyMessage, true],
		['a URL rule', rule({ action: 'URL' }), anyMessage, false],
		['disabled', rule({ enabled: 0 }), anyMessage, false],
		['one number, node wants all', rule({ dedicated_number: '+61422222222' }), anyMessage, false],
		['same number without +', rule({ dedicated_number: '61422222222' }), { ...anyMessage, dedicatedNumber: '+61422222222' }, true],
		['another number', rule({ dedicated_number: '+61433333333' }), { ...anyMessage, dedicatedNumber: '+61422222222' }, false],
		['narrower match than the node', rule({ message_search_type: 1, message_search_term: 'STOP' }), anyMessage, false],
		[
			'the node\'s own match',
			rule({ message_search_type: 1, message_search_term: 'STOP' }),
			{ dedicatedNumber: '*', messageSearchType: 1, messageSearchTerm: 'stop' },
			true,
		],
	])('inbound SMS rule: %s → %p', (_name, candidate, filters, expected) => {
		expect(ruleKeepsEvents(inboundSms, candidate, filters)).toBe(expected);
	});

	it('receipt rules must report everything (match_type 0)', () => {
		const smsReceipt = getTriggerEvent('smsReceipt');
		expect(ruleKeepsEvents(smsReceipt, { action: 'POLL', match_type: 0, enabled: 1 }, anyMessage)).toBe(true);
		expect(ruleKeepsEvents(smsReceipt, { action: 'POLL', match_type: 1, enabled: 1 }, anyMessage)).toBe(false);
	});

	it('the created rule is the event\'s rule with action POLL, an empty address and no webhook_type', () => {
		expect(pollRuleBody(inboundSms, 'n8n polling: x', '*')).toEqual({
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

describe('rememberDelivery', () => {
	it('recognises a redelivery even when static data was not saved between deliveries', () => {
		// n8n 2.41 drops static data written by webhook() when the delivery starts a run.
		expect(rememberDelivery('activation-secret-1', {}, 'inboundSms:M-1', 1000)).toBe(true);
		expect(rememberDelivery('activation-secret-1', {}, 'inboundSms:M-1', 1005)).toBe(false);
	});

	it('recognises a redelivery from static data alone (a restarted n8n that saved it)', () => {
		const saved = {};
		expect(rememberDelivery('activation-secret-2', saved, 'smsReceipt:R-1:201', 1000)).toBe(true);
		expect(rememberDelivery('activation-secret-3', saved, 'smsReceipt:R-1:201', 1001)).toBe(false);
	});

	it('keeps activations apart: a new activation starts with a clean memory', () => {
		expect(rememberDelivery('activation-secret-4', {}, 'inboundSms:M-2', 1000)).toBe(true);
		expect(rememberDelivery('activation-secret-5', {}, 'inboundSms:M-2', 1000)).toBe(true);
	});
});
