import type { INode } from 'n8n-workflow';

import { describeValue, fail } from './fail';

const ISO_DATE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An ISO date's parts must name a real calendar time: JavaScript would read 2031-02-30 as
 * 2 March without a word. Returns a reason when they don't.
 */
function impossibleDate(text: string): string | undefined {
	const match = ISO_DATE.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour = '0', minute = '0', second = '0'] = match
		.slice(1, 7)
		.map((part) => part ?? '0');
	const [y, m, d] = [Number(year), Number(month), Number(day)];
	if (m < 1 || m > 12) return `there is no month ${m}`;
	if (d < 1 || d > daysIn(y, m)) return `${MONTHS[m - 1]} ${y} has ${daysIn(y, m)} days`;
	if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
		return `${hour}:${minute}:${second} is not a time of day`;
	return undefined;
}

/**
 * A date from an n8n field (ISO string, Luxon DateTime, JS Date, or Unix seconds/milliseconds) as
 * Unix seconds, which ClickSend uses everywhere. Empty → undefined. Impossible dates, objects
 * and unsafe numbers are refused with an error naming the field.
 */
export function toUnixSeconds(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
	options: { mustBeFuture?: boolean; now?: number } = {},
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const notADate = (reason?: string) =>
		fail(
			node,
			`${field} ${typeof value === 'object' ? describeValue(value) : `"${String(value)}"`} is not a date${reason ? ` (${reason})` : ''}`,
			'Use an ISO date such as 2026-12-24T09:30:00+10:00, pick a date in the field, or map a date from a previous node.',
			itemIndex,
		);
	let millis: number;
	if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))) {
		const n = Number(value);
		if (!Number.isSafeInteger(n)) notADate('the number is too large');
		millis = n > 1e11 ? n : n * 1000; // seconds until the year 5138; larger numbers are milliseconds
	} else if (value instanceof Date) {
		millis = value.getTime();
	} else if (
		typeof value === 'object' &&
		typeof (value as { toMillis?: unknown }).toMillis === 'function'
	) {
		millis = (value as { toMillis: () => number }).toMillis();
	} else if (typeof value === 'string') {
		const text = value.trim();
		const reason = impossibleDate(text);
		if (reason) notADate(reason);
		millis = Date.parse(text);
	} else {
		return notADate();
	}
	if (!Number.isFinite(millis)) notADate();
	const now = options.now ?? Date.now();
	if (options.mustBeFuture && millis < now) {
		fail(
			node,
			`${field} ${new Date(millis).toISOString()} is in the past`,
			'Choose a time in the future, or leave the field empty to send now.',
			itemIndex,
		);
	}
	return Math.floor(millis / 1000);
}
