/* eslint-disable @n8n/community-nodes/no-restricted-imports -- reads ClickSend's OpenAPI spec from the repository */
import { readFileSync } from 'fs';

import { openApiSpecPath } from '../harness/spec';
import { UNIX_DATE_FIELDS, unixSecondsToIso, withIsoDates } from '../../nodes/transport/isoDates';

describe('ISO twins of Unix-seconds dates', () => {
	it("covers every date field of the spec's examples that holds Unix seconds", () => {
		const spec = readFileSync(openApiSpecPath(), 'utf8');
		const named = new Set(
			[...spec.matchAll(/"?([a-z_]+)"?\s*:\s*"?1[3-9]\d{8}"?/g)]
				.map((match) => match[1])
				.filter((name) => /^(date|date_\w+|\w*timestamp\w*|schedule)$/.test(name)),
		);
		expect(named.size).toBeGreaterThanOrEqual(10);
		expect([...named].filter((name) => !UNIX_DATE_FIELDS.has(name))).toEqual([]);
	});

	it('puts `<field>_iso` right after the field, in ISO 8601 UTC; numbers and numeric strings', () => {
		const out = withIsoDates({
			message_id: 'M',
			date: 1444962630,
			schedule: '1436874701',
			to: '+1',
		});
		expect(out).toEqual({
			message_id: 'M',
			date: 1444962630,
			date_iso: '2015-10-16T02:30:30.000Z',
			schedule: '1436874701',
			schedule_iso: '2015-07-14T11:51:41.000Z',
			to: '+1',
		});
		expect(Object.keys(out)).toEqual([
			'message_id',
			'date',
			'date_iso',
			'schedule',
			'schedule_iso',
			'to',
		]);
	});

	it('reaches nested objects and lists (a list send, an error item under details)', () => {
		expect(
			withIsoDates({
				list_id: 1,
				messages: [{ date: 1 }, { date: '' }],
				details: { timestamp: 2 },
			}),
		).toEqual({
			list_id: 1,
			messages: [{ date: 1, date_iso: '1970-01-01T00:00:01.000Z' }, { date: '' }],
			details: { timestamp: 2, timestamp_iso: '1970-01-01T00:00:02.000Z' },
		});
	});

	it.each([[0], [''], [null], ['abc'], [-5], [1e11], ['1436871253,'], [' '], [true], [{}], [[1]]])(
		'adds nothing for %p',
		(value) => {
			expect(unixSecondsToIso(value)).toBeUndefined();
			expect(withIsoDates({ schedule: value })).toEqual({ schedule: value });
		},
	);

	it("leaves other fields, ClickSend's own `_iso` fields and items without dates alone", () => {
		const phone = { user_phone: 1438260940, message_parts: 1436874701 };
		expect(withIsoDates(phone)).toBe(phone);
		expect(withIsoDates({ date: 5, date_iso: 'theirs' })).toEqual({ date: 5, date_iso: 'theirs' });
	});
});
