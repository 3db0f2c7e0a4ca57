import type { IDataObject } from 'n8n-workflow';

import type { TriggerEventName, TriggerEvent } from './events';

/** Query parameter that carries the per-activation secret in the registered webhook URL. */
export const TOKEN_PARAM = 'token';

/** ClickSend's numeric receipt status codes, in words. */
const RECEIPT_STATUS: Record<string, string> = {
	'200': 'queued',
	'201': 'delivered',
	'300': 'retrying',
	'301': 'failed',
};

function firstString(payload: IDataObject, fields: string[]): string | undefined {
	for (const field of fields) {
		const value = payload[field];
		if (value !== undefined && value !== null && value !== '') return String(value);
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
	if (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()))) {
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

/** The event's time in Unix seconds (0 when unknown); used as the polling cursor. */
export function eventTimestamp(payload: IDataObject): number {
	const iso = toIsoDate(payload.timestamp ?? payload.timestamp_send ?? payload.date);
	return iso ? Math.floor(Date.parse(iso) / 1000) : 0;
}

/** ClickSend's message id under its current or legacy field name. */
export function eventMessageId(payload: IDataObject): string | undefined {
	return firstString(payload, ['message_id', 'messageid', 'messageId']);
}

/** Receipt status in words (queued, delivered, retrying, failed), else ClickSend's own code. */
export function receiptStatus(payload: IDataObject): string | undefined {
	const code = firstString(payload, ['status_code', 'status']);
	if (code !== undefined && RECEIPT_STATUS[code]) return RECEIPT_STATUS[code];
	return code?.toLowerCase() ?? firstString(payload, ['status_text']);
}

/**
 * A delivery from ClickSend as one flat object: query-string fields, then the body (JSON object,
 * form fields, or a JSON/form string), without our secret.
 */
export function deliveryPayload(query: unknown, body: unknown): IDataObject {
	const payload: IDataObject = {};
	Object.assign(payload, asObject(query), asObject(body));
	delete payload[TOKEN_PARAM];
	return payload;
}

function asObject(value: unknown): IDataObject {
	if (value === undefined || value === null) return {};
	if (typeof value === 'string') {
		const text = value.trim();
		if (!text) return {};
		if (text.startsWith('{')) {
			try {
				return asObject(JSON.parse(text));
			} catch {
				return { body: value };
			}
		}
		const params = new URLSearchParams(text);
		const parsed: IDataObject = {};
		for (const [key, entry] of params) parsed[key] = entry;
		return parsed;
	}
	if (typeof value === 'object' && !Array.isArray(value)) {
		const copy: IDataObject = {};
		for (const [key, entry] of Object.entries(value as IDataObject)) {
			// Repeated query/form keys arrive as arrays: keep the last value, as ClickSend sends one.
			copy[key] = Array.isArray(entry) && entry.every((item) => typeof item !== 'object') ? entry[entry.length - 1] : entry;
		}
		return copy;
	}
	return {};
}

/**
 * ClickSend's fields as delivered plus the normalised ones: event, messageId, from, to, body
 * (inbound), status (receipts), receivedAt (ISO 8601).
 */
export function normaliseEvent(event: TriggerEvent, payload: IDataObject, receivedAt?: string): IDataObject {
	const normalised: IDataObject = { ...payload, event: event.value as TriggerEventName };
	normalised.messageId = eventMessageId(payload) ?? null;
	normalised.from = firstString(payload, ['from', 'sender']) ?? null;
	// originalsenderid: the number/sender ID the original message went out from (legacy inbound).
	normalised.to = firstString(payload, ['to', 'originalsenderid', 'recipient']) ?? null;
	if (event.kind === 'inbound') {
		normalised.body = firstString(payload, ['body', 'message', 'sms']) ?? null;
		normalised.originalMessageId = firstString(payload, ['original_message_id', 'originalmessageid']) ?? null;
		normalised.originalBody = firstString(payload, ['original_body', 'originalmessage']) ?? null;
	} else {
		normalised.status = receiptStatus(payload) ?? null;
	}
	normalised.customString = firstString(payload, ['custom_string', 'customstring']) ?? null;
	normalised.receivedAt =
		toIsoDate(payload.timestamp ?? payload.timestamp_send) ?? receivedAt ?? new Date().toISOString();
	return normalised;
}

/** What makes two deliveries the same event: the message and, for receipts, its status. */
export function dedupeKey(event: TriggerEvent, payload: IDataObject): string | undefined {
	const messageId = eventMessageId(payload);
	if (!messageId) return undefined;
	if (event.kind === 'inbound') return `${event.value}:${messageId}`;
	return `${event.value}:${messageId}:${firstString(payload, ['status_code', 'status']) ?? ''}`;
}
