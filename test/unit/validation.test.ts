import type { INode } from 'n8n-workflow';

import { assertCountryCode } from '../../nodes/ClickSend/validation/country';
import { toUnixSeconds } from '../../nodes/ClickSend/validation/dates';
import { textOf } from '../../nodes/ClickSend/validation/fail';
import {
	assertEmail,
	assertLimit,
	assertNumericId,
	assertPhoneNumber,
	assertSenderId,
} from '../../nodes/ClickSend/validation/input';
import {
	assertMessageLength,
	messageLength,
	MMS_LIMITS,
	SMS_LIMITS,
} from '../../nodes/ClickSend/validation/length';

const node: INode = {
	id: '1',
	name: 'ClickSend',
	type: 'n8n-nodes-clicksend-suite.clickSend',
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
		expect(() => assertPhoneNumber(node, 'call me', 'Phone Number')).toThrow(
			'Phone Number "call me" is not a phone number',
		);
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
		expect(() => toUnixSeconds(node, 'next tuesday', 'Schedule')).toThrow(
			'Schedule "next tuesday" is not a date',
		);
	});
	it('rejects a past date when a future one is required', () => {
		expect(() =>
			toUnixSeconds(node, '2020-01-01T00:00:00Z', 'Schedule', 0, { mustBeFuture: true, now }),
		).toThrow('Schedule 2020-01-01T00:00:00.000Z is in the past');
	});
});

describe('assertSenderId', () => {
	it('accepts up to 11 characters and long numbers', () => {
		expect(assertSenderId(node, 'MyShop', 'From')).toBe('MyShop');
		expect(assertSenderId(node, '+61411111111', 'From')).toBe('+61411111111');
	});
	it('rejects spaces and long alphanumeric IDs', () => {
		expect(() => assertSenderId(node, 'My Shop', 'From')).toThrow('contains spaces');
		expect(() => assertSenderId(node, 'MyVeryLongShop', 'From')).toThrow(
			'longer than 11 characters',
		);
	});
});

describe('assertEmail', () => {
	it('accepts an address and rejects text', () => {
		expect(assertEmail(node, ' test1@test.com ', 'Email')).toBe('test1@test.com');
		expect(() => assertEmail(node, 'test1', 'Email')).toThrow(
			'Email "test1" is not an email address',
		);
	});
});

describe('assertPhoneNumber: the documented digit ranges', () => {
	it('international (+): 8 to 15 digits', () => {
		expect(assertPhoneNumber(node, '+61411111', 'To')).toBe('+61411111');
		expect(assertPhoneNumber(node, `+${'1'.repeat(15)}`, 'To')).toBe(`+${'1'.repeat(15)}`);
		expect(() => assertPhoneNumber(node, '+6141111', 'To')).toThrow(
			'To "+6141111" is not a phone number',
		);
		expect(() => assertPhoneNumber(node, `+${'1'.repeat(16)}`, 'To')).toThrow(
			'is not a phone number',
		);
	});
	it('says how many digits a short international number has (+614111 has 6)', () => {
		expect(() => assertPhoneNumber(node, '+614111', 'To')).toThrow(
			expect.objectContaining({ description: expect.stringContaining('("+614111" has 6 digits)') }),
		);
	});
	it('local (no +): 6 to 15 digits', () => {
		expect(assertPhoneNumber(node, '411111', 'To')).toBe('411111');
		expect(assertPhoneNumber(node, '1'.repeat(15), 'To')).toBe('1'.repeat(15));
		expect(() => assertPhoneNumber(node, '41111', 'To')).toThrow('is not a phone number');
		expect(() => assertPhoneNumber(node, '1'.repeat(16), 'To')).toThrow('is not a phone number');
	});
	it('refuses an object mapped into the field instead of saying it is empty', () => {
		expect(() => assertPhoneNumber(node, { phone: '+61411111111' }, 'To')).toThrow(
			'To received an object {"phone":"+61411111111"} instead of text',
		);
		expect(() => assertPhoneNumber(node, ['+61411111111', '+61422222222'], 'To')).toThrow(
			'To received a list of 2 values instead of text',
		);
	});
});

describe('assertNumericId: values an expression can produce', () => {
	it.each([
		['', 'List is empty'],
		['   ', 'List is empty'],
		['4 28', 'List "4 28" is not a valid ID'],
		['-3', 'List "-3" is not a valid ID'],
		['9007199254740993', 'List "9007199254740993" is too large to be a ClickSend ID'],
	])('refuses %j', (value, message) => {
		expect(() => assertNumericId(node, value, 'List')).toThrow(message);
	});
	it('refuses an object or a list', () => {
		expect(() => assertNumericId(node, { id: 428 }, 'List')).toThrow(
			'List received an object {"id":428} instead of text',
		);
		expect(() => assertNumericId(node, [428], 'List')).toThrow(
			'List received a list of 1 value instead of text',
		);
	});
	it('accepts the largest safe integer and trims spaces', () => {
		expect(assertNumericId(node, '9007199254740991', 'List')).toBe(9007199254740991);
		expect(assertNumericId(node, ' 428 ', 'List')).toBe(428);
	});
});

describe('assertCountryCode', () => {
	it('accepts a two-letter code in any case', () => {
		expect(assertCountryCode(node, 'au', 'Country')).toBe('AU');
		expect(assertCountryCode(node, ' US ', 'Country')).toBe('US');
	});
	it('maps English country names and common aliases to the code', () => {
		expect(assertCountryCode(node, 'Australia', 'Country')).toBe('AU');
		expect(assertCountryCode(node, 'united kingdom', 'Country')).toBe('GB');
		expect(assertCountryCode(node, 'The Netherlands', 'Country')).toBe('NL');
		expect(assertCountryCode(node, 'UK', 'Country')).toBe('GB');
		expect(assertCountryCode(node, 'USA', 'Country')).toBe('US');
	});
	it("gives today's code for countries whose old code Intl still knows (Germany is DE, not DD)", () => {
		expect(assertCountryCode(node, 'Germany', 'Country')).toBe('DE');
		expect(assertCountryCode(node, 'France', 'Country')).toBe('FR');
		expect(assertCountryCode(node, 'Russia', 'Country')).toBe('RU');
		expect(assertCountryCode(node, 'Serbia', 'Country')).toBe('RS');
		expect(assertCountryCode(node, 'Benin', 'Country')).toBe('BJ');
		expect(assertCountryCode(node, 'Timor-Leste', 'Country')).toBe('TL');
	});
	it('refuses withdrawn codes and groupings that are no country', () => {
		for (const code of ['DD', 'SU', 'YU', 'EU', 'UN']) {
			expect(() => assertCountryCode(node, code, 'Country')).toThrow(
				`Country "${code}" is not a country code`,
			);
		}
	});
	it('refuses what is no country, naming the field', () => {
		expect(() => assertCountryCode(node, 'Atlantis', 'Country')).toThrow(
			'Country "Atlantis" is not a country code',
		);
		expect(() => assertCountryCode(node, 'XX', 'Country')).toThrow(
			'Country "XX" is not a country code',
		);
		expect(() => assertCountryCode(node, '', 'Country')).toThrow('Country is empty');
	});
});

describe('toUnixSeconds: impossible calendar dates', () => {
	it('refuses 2031-02-30 instead of reading it as 2 March', () => {
		expect(() => toUnixSeconds(node, '2031-02-30', 'Schedule')).toThrow(
			'Schedule "2031-02-30" is not a date (February 2031 has 28 days)',
		);
		expect(() => toUnixSeconds(node, '2031-02-30T10:00:00Z', 'Schedule')).toThrow(
			'February 2031 has 28 days',
		);
	});
	it('knows leap years', () => {
		expect(toUnixSeconds(node, '2032-02-29T00:00:00Z', 'Schedule')).toBe(
			Date.parse('2032-02-29T00:00:00Z') / 1000,
		);
		expect(() => toUnixSeconds(node, '2100-02-29', 'Schedule')).toThrow(
			'February 2100 has 28 days',
		);
	});
	it('refuses month 13, day 0 and hour 24', () => {
		expect(() => toUnixSeconds(node, '2031-13-01', 'Schedule')).toThrow('there is no month 13');
		expect(() => toUnixSeconds(node, '2031-04-00', 'Schedule')).toThrow('April 2031 has 30 days');
		expect(() => toUnixSeconds(node, '2031-01-01T24:00:00Z', 'Schedule')).toThrow(
			'is not a time of day',
		);
	});
	it('refuses objects and numbers too large to be a time', () => {
		expect(() => toUnixSeconds(node, { when: 'tomorrow' }, 'Schedule')).toThrow(
			'Schedule an object {"when":"tomorrow"} is not a date',
		);
		expect(() => toUnixSeconds(node, '9007199254740993', 'Schedule')).toThrow(
			'the number is too large',
		);
	});
});

describe('assertSenderId: numeric senders', () => {
	it('accepts a number of up to 15 digits, with or without +', () => {
		expect(assertSenderId(node, `+${'6'.repeat(15)}`, 'From')).toBe(`+${'6'.repeat(15)}`);
		expect(assertSenderId(node, '6'.repeat(15), 'From')).toBe('6'.repeat(15));
	});
	it('refuses more than 15 digits (a 20-digit sender)', () => {
		expect(() => assertSenderId(node, '6'.repeat(16), 'From')).toThrow(
			`From "${'6'.repeat(16)}" has more than 15 digits`,
		);
		expect(() => assertSenderId(node, `+${'1'.repeat(20)}`, 'From')).toThrow(
			'has more than 15 digits',
		);
	});
	it('leaves an empty sender to the account default', () => {
		expect(assertSenderId(node, '  ', 'From')).toBe('');
	});
});

describe('textOf: objects mapped into text fields', () => {
	it('turns numbers, booleans and dates into text and empty values into ""', () => {
		expect(textOf(node, 42, 'Message')).toBe('42');
		expect(textOf(node, false, 'Message')).toBe('false');
		expect(textOf(node, null, 'Message')).toBe('');
		expect(textOf(node, undefined, 'Message')).toBe('');
	});
	it('refuses an object or a list, naming the field and how to map one value', () => {
		expect(() => textOf(node, { first: 'John' }, 'Message', 3)).toThrow(
			expect.objectContaining({
				message: 'Message received an object {"first":"John"} instead of text',
				description: expect.stringContaining('{{ JSON.stringify($json.data) }}'),
			}),
		);
		expect(() => textOf(node, ['a', 'b'], 'Message')).toThrow(
			'Message received a list of 2 values instead of text',
		);
	});
});

describe('message lengths: GSM vs Unicode', () => {
	it('counts GSM characters once, GSM extension characters twice, anything else as Unicode (UTF-16 units)', () => {
		expect(messageLength('Hello é')).toEqual({ encoding: 'GSM', length: 7 });
		expect(messageLength('5 €')).toEqual({ encoding: 'GSM', length: 4 });
		expect(messageLength('Привет')).toEqual({ encoding: 'Unicode', length: 6 });
		expect(messageLength('Hi 👋')).toEqual({ encoding: 'Unicode', length: 5 });
	});
	it('SMS: up to 1224 GSM characters or 536 Unicode units', () => {
		expect(assertMessageLength(node, 'a'.repeat(1224), 'Message', SMS_LIMITS, 'SMS')).toHaveLength(
			1224,
		);
		expect(() => assertMessageLength(node, 'a'.repeat(1225), 'Message', SMS_LIMITS, 'SMS')).toThrow(
			'Message is too long for one SMS: 1225 characters (at most 1224)',
		);
		expect(() => assertMessageLength(node, '€'.repeat(613), 'Message', SMS_LIMITS, 'SMS')).toThrow(
			'1226 characters (at most 1224)',
		);
		expect(assertMessageLength(node, 'ж'.repeat(536), 'Message', SMS_LIMITS, 'SMS')).toHaveLength(
			536,
		);
		expect(() => assertMessageLength(node, 'ж'.repeat(537), 'Message', SMS_LIMITS, 'SMS')).toThrow(
			expect.objectContaining({
				message: 'Message is too long for one SMS: 537 characters (at most 536)',
				description: expect.stringContaining('outside the GSM alphabet'),
			}),
		);
	});
	it('MMS: up to 1500 GSM characters or 500 Unicode units', () => {
		expect(assertMessageLength(node, 'a'.repeat(1500), 'Message', MMS_LIMITS, 'MMS')).toHaveLength(
			1500,
		);
		expect(() => assertMessageLength(node, 'a'.repeat(1501), 'Message', MMS_LIMITS, 'MMS')).toThrow(
			'(at most 1500)',
		);
		expect(() => assertMessageLength(node, '👋'.repeat(251), 'Message', MMS_LIMITS, 'MMS')).toThrow(
			'502 characters (at most 500)',
		);
	});
});

describe('assertLimit', () => {
	it.each([0, -1, 'abc', 1.5, '', { n: 5 }])('refuses %j', (value) => {
		expect(() => assertLimit(node, value)).toThrow(/^Limit .* is out of range$/);
	});
	it('accepts whole numbers from 1, also as text', () => {
		expect(assertLimit(node, 1)).toBe(1);
		expect(assertLimit(node, '20')).toBe(20);
	});
});
