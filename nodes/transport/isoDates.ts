import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/**
 * ClickSend gives dates as Unix seconds (numbers or numeric strings). Every output item of the
 * three nodes gets an ISO 8601 UTC twin right after each such field: `date_added: 1444962630` is
 * followed by `date_added_iso: "2015-10-16T02:30:30.000Z"`. ClickSend's own fields stay as they
 * are. Only these field names (every Unix-seconds date of the responses and events in ClickSend's
 * OpenAPI spec and API reference), at any depth, and only values that are plausible Unix seconds:
 * a positive number, or a string of digits, below 10^11 (the year 5138). Nothing for 0, '', null
 * or anything else.
 */
export const UNIX_DATE_FIELDS = new Set([
	'date',
	'date_added',
	'date_updated',
	'date_delete',
	'date_opened',
	'date_referred',
	'date_sign_up',
	'date_from',
	'date_to',
	'date_before',
	'schedule',
	'timestamp',
	'timestamp_send',
]);

/** The twin's name: `<field>_iso`. */
export const isoTwinName = (field: string) => `${field}_iso`;

/** Unix seconds as ISO 8601 UTC, or undefined when the value is not plausible Unix seconds. */
export function unixSecondsToIso(value: unknown): string | undefined {
	let seconds: number;
	if (typeof value === 'number') seconds = value;
	else if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) seconds = Number(value);
	else return undefined;
	if (!Number.isFinite(seconds) || seconds <= 0 || seconds >= 1e11) return undefined;
	return new Date(seconds * 1000).toISOString();
}

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` with the ISO twins added (a copy where something was added, else the same object). */
export function withIsoDates<T>(value: T): T {
	if (Array.isArray(value)) {
		const mapped = value.map((entry: unknown) => withIsoDates(entry));
		return (mapped.some((entry, index) => entry !== value[index]) ? mapped : value) as T;
	}
	if (!isRecord(value) || value instanceof Date) return value;
	let changed = false;
	const result: IDataObject = {};
	for (const [key, field] of Object.entries(value)) {
		const inner = withIsoDates(field);
		if (inner !== field) changed = true;
		result[key] = inner;
		const twin = isoTwinName(key);
		if (!UNIX_DATE_FIELDS.has(key) || twin in value) continue;
		const iso = unixSecondsToIso(field);
		if (iso === undefined) continue;
		result[twin] = iso;
		changed = true;
	}
	return (changed ? result : value) as T;
}

/** An output item with the ISO twins in its JSON (binary data and pairing untouched). */
export function itemWithIsoDates(item: INodeExecutionData): INodeExecutionData {
	const json = withIsoDates(item.json);
	return json === item.json ? item : { ...item, json };
}
