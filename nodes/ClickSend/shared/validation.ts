import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks made before any request. Each error names the field (as the user sees it in the
 * node) and says how to fix it.
 */

function fail(node: INode, message: string, description: string, itemIndex?: number): never {
	throw new NodeOperationError(node, message, { description, itemIndex });
}

/**
 * A phone number ClickSend can route: international format (+ and 8–15 digits), or a local
 * number of 6–15 digits that ClickSend formats with the Country option. Spaces, dots, dashes
 * and brackets are removed. Returns the cleaned number.
 */
export function assertPhoneNumber(node: INode, value: unknown, field: string, itemIndex?: number): string {
	const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
	const cleaned = raw.replace(/[\s().-]/g, '');
	if (!cleaned) {
		fail(node, `${field} is empty`, `Enter a phone number in international format, e.g. +61411111111.`, itemIndex);
	}
	if (!/^\+?\d{6,15}$/.test(cleaned)) {
		fail(
			node,
			`${field} "${raw}" is not a phone number`,
			'Use digits only, in international format with the country code, e.g. +61411111111.',
			itemIndex,
		);
	}
	return cleaned;
}

/** A ClickSend numeric ID (list, contact, template…). Returns it as a number. */
export function assertNumericId(node: INode, value: unknown, field: string, itemIndex?: number): number {
	const text = String(value ?? '').trim();
	if (!/^\d+$/.test(text) || Number(text) <= 0) {
		fail(
			node,
			`${field} "${text}" is not a valid ID`,
			`${field} must be a positive whole number, e.g. 428. Pick it from the list or copy it from ClickSend.`,
			itemIndex,
		);
	}
	return Number(text);
}

/**
 * A date from an n8n field (ISO string, Luxon DateTime, JS Date, or Unix seconds/milliseconds)
 * as Unix seconds, which ClickSend uses everywhere. Empty → undefined.
 */
export function toUnixSeconds(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
	options: { mustBeFuture?: boolean; now?: number } = {},
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let millis: number;
	if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim()))) {
		const n = Number(value);
		millis = n > 1e11 ? n : n * 1000; // seconds until the year 5138; larger numbers are milliseconds
	} else if (value instanceof Date) {
		millis = value.getTime();
	} else if (typeof value === 'object' && typeof (value as { toMillis?: unknown }).toMillis === 'function') {
		millis = (value as { toMillis: () => number }).toMillis();
	} else {
		millis = Date.parse(String(value));
	}
	if (!Number.isFinite(millis)) {
		fail(
			node,
			`${field} "${String(value)}" is not a date`,
			'Use an ISO date such as 2026-12-24T09:30:00+10:00, or pick a date in the field.',
			itemIndex,
		);
	}
	const seconds = Math.floor(millis / 1000);
	const now = options.now ?? Date.now();
	if (options.mustBeFuture && millis < now) {
		fail(
			node,
			`${field} ${new Date(millis).toISOString()} is in the past`,
			'Choose a time in the future, or leave the field empty to send now.',
			itemIndex,
		);
	}
	return seconds;
}

/** ClickSend alphanumeric sender IDs: at most 11 characters, no spaces. Numbers may be longer. */
export function assertSenderId(node: INode, value: string, field: string, itemIndex?: number): string {
	const sender = value.trim();
	if (!sender) return sender;
	if (/\s/.test(sender)) {
		fail(node, `${field} "${value}" contains spaces`, 'Sender IDs cannot contain spaces. Remove them, e.g. "MyShop".', itemIndex);
	}
	const isNumber = /^\+?\d+$/.test(sender);
	if (!isNumber && sender.length > 11) {
		fail(
			node,
			`${field} "${value}" is longer than 11 characters`,
			'Alphanumeric sender IDs may have at most 11 characters. Shorten it, or use one of your dedicated numbers.',
			itemIndex,
		);
	}
	return sender;
}

/** A simple e-mail address check (something@domain.tld), enough to catch a field mapped wrongly. */
export function assertEmail(node: INode, value: unknown, field: string, itemIndex?: number): string {
	const text = String(value ?? '').trim();
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
		fail(node, `${field} "${text}" is not an email address`, 'Use an address like test1@test.com.', itemIndex);
	}
	return text;
}

/** Text that must not be empty or only spaces (a message body…). Returns it unchanged. */
export function assertNotEmpty(node: INode, value: unknown, field: string, howToFix: string, itemIndex?: number): string {
	const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	if (!text.trim()) fail(node, `${field} is empty`, howToFix, itemIndex);
	return text;
}

/** A whole number between min and max (inclusive), e.g. a batch size. */
export function assertIntegerInRange(node: INode, value: unknown, field: string, min: number, max: number, itemIndex?: number): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
		fail(node, `${field} "${String(value)}" is out of range`, `${field} must be a whole number from ${min} to ${max}.`, itemIndex);
	}
	return n;
}

/**
 * The binary property a field names must be on the item; the error lists the binary properties
 * the item does have (or says it has none), so a wrong name is easy to fix.
 */
export function assertBinaryProperty(
	node: INode,
	binary: Record<string, unknown> | undefined,
	property: string,
	field: string,
	itemIndex?: number,
): string {
	const name = property.trim();
	const available = Object.keys(binary ?? {});
	if (name && available.includes(name)) return name;
	fail(
		node,
		`${field} "${name}" is not a binary property of item ${itemIndex ?? 0}`,
		available.length
			? `The item's binary properties are: ${available.join(', ')}. Put one of them in ${field}.`
			: 'The item has no binary data. Add a node before this one that reads the file (e.g. Read/Write Files from Disk, HTTP Request, or an email/drive trigger).',
		itemIndex,
	);
}

/**
 * A file of an accepted type, recognised by its MIME type or its extension. `label` names the type
 * for people (e.g. "CSV").
 */
export function assertFileType(
	node: INode,
	file: { mimeType?: string; fileName?: string; fileExtension?: string },
	accepted: { label: string; extensions: string[]; mimeTypes: string[] },
	field: string,
	itemIndex?: number,
): void {
	const mimeType = (file.mimeType ?? '').split(';')[0].trim().toLowerCase();
	const extension = (file.fileExtension ?? file.fileName?.split('.').slice(1).pop() ?? '').toLowerCase();
	if (accepted.mimeTypes.includes(mimeType) || accepted.extensions.includes(extension)) return;
	const what = [file.fileName && `"${file.fileName}"`, mimeType && `type ${mimeType}`].filter(Boolean).join(', ');
	fail(
		node,
		`${field} is not a ${accepted.label} file${what ? ` (${what})` : ''}`,
		`Use a ${accepted.label} file (.${accepted.extensions.join(', .')}). Export or convert it to ${accepted.label} first, or correct its file name/MIME type.`,
		itemIndex,
	);
}

/** A public web address (http or https), e.g. of a document ClickSend downloads. Returns it trimmed. */
export function assertHttpUrl(node: INode, value: unknown, field: string, itemIndex?: number): string {
	const text = String(value ?? '').trim();
	if (!text) fail(node, `${field} is empty`, 'Enter the public address of the file, e.g. https://example.com/document.pdf.', itemIndex);
	if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(text)) {
		fail(
			node,
			`${field} "${text}" is not a web address`,
			'Use a public http(s) address that ClickSend can download, e.g. https://example.com/document.pdf.',
			itemIndex,
		);
	}
	return text;
}

/** A two-letter ISO country code (AU, US, GB…). Returns it in capitals. */
export function assertCountryCode(node: INode, value: unknown, field: string, itemIndex?: number): string {
	const text = String(value ?? '').trim();
	if (!/^[a-z]{2}$/i.test(text)) {
		fail(
			node,
			text ? `${field} "${text}" is not a two-letter country code` : `${field} is empty`,
			'Use the two-letter ISO country code, e.g. AU for Australia, US for the United States, GB for the United Kingdom.',
			itemIndex,
		);
	}
	return text.toUpperCase();
}

/** Text of at most `max` characters (counted as people see them, emoji = 1). Returns it unchanged. */
export function assertMaxLength(node: INode, text: string, field: string, max: number, itemIndex?: number): string {
	const length = [...text].length;
	if (length > max) {
		fail(node, `${field} is longer than ${max} characters (${length})`, `Shorten ${field} to at most ${max} characters.`, itemIndex);
	}
	return text;
}

/** A file no larger than `maxBytes`; `limit` says the limit for people (e.g. "250 kB"). */
export function assertMaxFileSize(node: INode, bytes: number, maxBytes: number, limit: string, field: string, itemIndex?: number): void {
	if (bytes > maxBytes) {
		fail(
			node,
			`${field} is too large (${Math.ceil(bytes / 1024)} kB; at most ${limit})`,
			`Use a smaller file: resize or compress it to at most ${limit} first (e.g. with the Edit Image node).`,
			itemIndex,
		);
	}
}

/** One of a fixed set of values (e.g. a voice: female or male). Returns it trimmed. */
export function assertOneOf(node: INode, value: unknown, field: string, allowed: string[], itemIndex?: number): string {
	const text = String(value ?? '').trim();
	if (!allowed.includes(text)) {
		fail(node, `${field} "${text}" is not valid`, `${field} must be one of: ${allowed.join(', ')}.`, itemIndex);
	}
	return text;
}

/** A ClickSend voice language code such as en-au or en-gb-wls. Returns it trimmed, in lower case. */
export function assertVoiceLanguage(node: INode, value: unknown, field: string, itemIndex?: number): string {
	const raw = String(value ?? '').trim();
	const text = raw.toLowerCase();
	if (!/^[a-z]{2}-[a-z]{2}(-[a-z]{3})?$/.test(text)) {
		fail(
			node,
			raw ? `${field} "${raw}" is not a voice language code` : `${field} is empty`,
			`Pick a language from the ${field} list, or use a ClickSend code such as en-au, en-us or fr-fr.`,
			itemIndex,
		);
	}
	return text;
}
