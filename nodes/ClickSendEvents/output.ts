import type { IDataObject } from 'n8n-workflow';

import { withIsoDates } from '../transport/isoDates';
import type { TriggerEvent } from './events';

/**
 * What both triggers output for one ClickSend event (docs/triggers.md shows it per event):
 * ClickSend's fields exactly as ClickSend sent or listed them, then these, whose names ClickSend
 * does not use and whose values are not a copy of one of its fields:
 *
 * - `event`: which event (`inboundSms`, `smsReceipt`…);
 * - `eventId`: what makes two deliveries or rows the same event, and what the triggers
 *   de-duplicate by: `<event>:<message id>`, plus `:<status code>` for receipts (a message's
 *   "queued" and "delivered" receipts are two events);
 * - `deliveryStatus` (receipts): `queued`, `delivered`, `retrying`, `failed` for ClickSend's
 *   codes 200, 201, 300, 301, else ClickSend's own status in lower case (fax: `completed`);
 * - `receivedAt`: the event's time (`timestamp`, else `timestamp_send`) as ISO 8601; the time the
 *   trigger got it when ClickSend sent none.
 */

/** ClickSend's numeric receipt status codes, in words. */
const RECEIPT_STATUS: Record<string, string> = {
	'200': 'queued',
	'201': 'delivered',
	'300': 'retrying',
	'301': 'failed',
};

/** The first of `fields` that holds a value (ClickSend names some fields two ways), as text. */
export function firstString(payload: IDataObject, fields: string[]): string | undefined {
	for (const field of fields) {
		const value = payload[field];
		if (value !== undefined && value !== null && value !== '' && typeof value !== 'object')
			return String(value);
	}
	return undefined;
}

/**
 * Unix seconds (number or numeric string), milliseconds, or an ISO/date string → ISO 8601.
 * Undefined when the value is missing or not a date.
 */
export function toIsoDate(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let date: Date;
	if (
		typeof value === 'number' ||
		(typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()))
	) {
		const number = Number(value);
		// Seconds until the year 5138; anything larger is milliseconds.
		date = new Date(number < 1e11 ? number * 1000 : number);
	} else if (typeof value === 'string') {
		date = new Date(value);
	} else {
		return undefined;
	}
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The event's time as ClickSend gives it (`timestamp`, else `timestamp_send`), as ISO 8601. */
function eventTime(payload: IDataObject): string | undefined {
	return toIsoDate(payload.timestamp ?? payload.timestamp_send);
}

/** The event's time in Unix seconds (0 when unknown). */
export function eventTimestamp(payload: IDataObject): number {
	const iso = eventTime(payload);
	return iso ? Math.floor(Date.parse(iso) / 1000) : 0;
}

/** ClickSend's message id, under its current or its legacy field name. */
export function eventMessageId(payload: IDataObject): string | undefined {
	return firstString(payload, ['message_id', 'messageid']);
}

/** A receipt's status in words (queued, delivered, retrying, failed), else ClickSend's own, lower-cased. */
export function deliveryStatus(payload: IDataObject): string | undefined {
	const code = firstString(payload, ['status_code', 'status']);
	if (code !== undefined) return RECEIPT_STATUS[code] ?? code.toLowerCase();
	return firstString(payload, ['status_text']);
}

/** 53-bit FNV-1a of a text, as hex: a stable short name for an event without a message id. */
function fingerprint(text: string): string {
	let low = 0x811c9dc5;
	let high = 0x050c5d1f;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		low = Math.imul(low ^ code, 0x01000193) >>> 0;
		high = Math.imul(high ^ (code + index), 0x01000193) >>> 0;
	}
	return (high & 0x1fffff).toString(16).padStart(6, '0') + low.toString(16).padStart(8, '0');
}

function canonical(payload: IDataObject): string {
	return JSON.stringify(
		Object.keys(payload)
			.sort()
			.map((key) => [key, payload[key]]),
	);
}

/**
 * What makes two deliveries or listed rows the same event: `<event>:<message id>` for inbound
 * events, `<event>:<message id>:<status code>` for receipts. Without a message id, a fingerprint
 * of ClickSend's fields stands in for it (`<event>:#<hex>`).
 */
export function eventId(event: TriggerEvent, payload: IDataObject): string {
	const messageId = eventMessageId(payload);
	if (!messageId) return `${event.value}:#${fingerprint(canonical(payload))}`;
	if (event.kind === 'inbound') return `${event.value}:${messageId}`;
	return `${event.value}:${messageId}:${firstString(payload, ['status_code', 'status']) ?? ''}`;
}

/**
 * The trigger's output item for one event: ClickSend's fields (with the ISO twins of their
 * Unix-seconds dates, transport/isoDates.ts), then event, eventId, deliveryStatus (receipts),
 * receivedAt.
 */
export function eventItem(
	event: TriggerEvent,
	payload: IDataObject,
	receivedAt?: string,
): IDataObject {
	const item: IDataObject = {
		...withIsoDates(payload),
		event: event.value,
		eventId: eventId(event, payload),
	};
	if (event.kind === 'receipt') item.deliveryStatus = deliveryStatus(payload) ?? null;
	item.receivedAt = eventTime(payload) ?? receivedAt ?? new Date().toISOString();
	return item;
}
