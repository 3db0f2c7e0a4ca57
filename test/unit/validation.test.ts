import type { INode } from 'n8n-workflow';

import {
	assertEmail,
	assertNumericId,
	assertPhoneNumber,
	assertSenderId,
	toUnixSeconds,
} from '../../nodes/ClickSend/shared/validation';

const node: INode = {
	id: '1',
	name: 'ClickSend',
	type: 'n8n-nodes-clicksend.clickSend',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

describe('assertPhoneNumber', () => {
	it('cleans formatting characters', () => {
		expect(assertPhoneNumber(node, '+61 411 111-111', 'To')).toBe('+61411111111');
		expect(assertPhoneNumber(node, 61411111111, 'To')).toBe('61411111111');
	});
	it('names the field for an empty value', () => {
		expect(() => assertPhoneNumber(node, '', 'To')).toThrow('To is empty');
	});
	it('names the field and value for text that is not a number', () => {
		expect(() => assertPhoneNumber(node, 'call me', 'Phone Number')).toThrow('Phone Number "call me" is not a phone number');
	});
});

describe('assertNumericId', () => {
	it('accepts numbers and numeric strings', () => {
		expect(assertNumericId(node, '428', 'List')).toBe(428);
	});
	it('rejects anything else, naming the field', () => {
		expect(() => assertNumericId(node, 'abc', 'List')).toThrow('List "abc" is not a valid ID');
		expect(() => assertNumericId(node, 0, 'List')).toThrow('not a valid ID');
	});
});

describe('toUnixSeconds', () => {
	const now = Date.parse('2026-11-22T00:00:00Z');
	it('converts ISO strings, Dates, seconds and milliseconds', () => {
		expect(toUnixSeconds(node, '2026-12-24T09:30:00Z', 'Schedule')).toBe(1798104600);
		expect(toUnixSeconds(node, new Date('2026-12-24T09:30:00Z'), 'Schedule')).toBe(1798104600);
		expect(toUnixSeconds(node, 1798104600, 'Schedule')).toBe(1798104600);
		expect(toUnixSeconds(node, '1798104600000', 'Schedule')).toBe(1798104600);
		expect(toUnixSeconds(node, { toMillis: () => 1798104600000 }, 'Schedule')).toBe(1798104600);
	});
	it('leaves an empty value empty', () => {
		expect(toUnixSeconds(node, '', 'Schedule')).toBeUndefined();
	});
	it('rejects text that is not a date', () => {
		expect(() => toUnixSeconds(node, 'next tuesday', 'Schedule')).toThrow('Schedule "next tuesday" is not a date');
	});
	it('rejects a past date when a future one is required', () => {
		expect(() => toUnixSeconds(node, '2020-01-01T00:00:00Z', 'Schedule', 0, { mustBeFuture: true, now })).toThrow(
			'Schedule 2020-01-01T00:00:00.000Z is in the past',
		);
	});
});

describe('assertSenderId', () => {
	it('accepts up to 11 characters and long numbers', () => {
		expect(assertSenderId(node, 'MyShop', 'From')).toBe('MyShop');
		expect(assertSenderId(node, '+61411111111', 'From')).toBe('+61411111111');
	});
	it('rejects spaces and long alphanumeric IDs', () => {
		expect(() => assertSenderId(node, 'My Shop', 'From')).toThrow('contains spaces');
		expect(() => assertSenderId(node, 'MyVeryLongShop', 'From')).toThrow('longer than 11 characters');
	});
});

describe('assertEmail', () => {
	it('accepts an address and rejects text', () => {
		expect(assertEmail(node, ' test1@test.com ', 'Email')).toBe('test1@test.com');
		expect(() => assertEmail(node, 'test1', 'Email')).toThrow('Email "test1" is not an email address');
	});
});
