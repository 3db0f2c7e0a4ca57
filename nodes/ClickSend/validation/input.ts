import type { INode } from 'n8n-workflow';

import { describeValue, fail, textOf } from './fail';

/**
 * A phone number ClickSend can route: international format (+ and 8–15 digits), or a local
 * number of 6–15 digits that ClickSend formats with the Country option. Spaces, dots, dashes
 * and brackets are removed. Returns the cleaned number.
 */
export function assertPhoneNumber(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): string {
	const raw = textOf(node, value, field, itemIndex);
	const cleaned = raw.replace(/[\s().-]/g, '');
	if (!cleaned) {
		fail(
			node,
			`${field} is empty`,
			'Enter a phone number in international format, e.g. +61411111111.',
			itemIndex,
		);
	}
	const international = cleaned.startsWith('+');
	const digits = international ? cleaned.slice(1) : cleaned;
	const [min, max] = international ? [8, 15] : [6, 15];
	if (!/^\d+$/.test(digits) || digits.length < min || digits.length > max) {
		fail(
			node,
			`${field} "${raw}" is not a phone number`,
			international
				? `An international number is + and 8 to 15 digits with the country code, e.g. +61411111111 ("${raw}" has ${digits.replace(/\D/g, '').length} digits).`
				: 'Use the international format with the country code, e.g. +61411111111 (a local number needs 6 to 15 digits and the Country option).',
			itemIndex,
		);
	}
	return cleaned;
}

/**
 * A ClickSend numeric ID (list, contact, template…), as the number ClickSend expects. Refuses
 * empty values, objects, non-digits, zero, and integers too large to be sent exactly.
 */
export function assertNumericId(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): number {
	const text = textOf(node, value, field, itemIndex).trim();
	const fix = `Pick it from the list, or enter the ID ClickSend shows (a whole number, e.g. 428).`;
	if (!text) fail(node, `${field} is empty`, fix, itemIndex);
	if (!/^\d+$/.test(text) || /^0+$/.test(text))
		fail(
			node,
			`${field} "${text}" is not a valid ID`,
			`${field} must be a positive whole number. ${fix}`,
			itemIndex,
		);
	const id = Number(text);
	if (!Number.isSafeInteger(id)) {
		fail(
			node,
			`${field} "${text}" is too large to be a ClickSend ID`,
			`ClickSend IDs are at most ${Number.MAX_SAFE_INTEGER}. Check the value mapped into ${field}.`,
			itemIndex,
		);
	}
	return id;
}

/** A ClickSend text ID such as a message ID (1ABC3200-C38C-6308-BE4B-C7C51D01DCF0). Returns it trimmed. */
export function assertTextId(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
	example = '1ABC3200-C38C-6308-BE4B-C7C51D01DCF0',
): string {
	const text = textOf(node, value, field, itemIndex).trim();
	if (!text)
		fail(
			node,
			`${field} is empty`,
			`Enter the ID, e.g. ${example}, or map it from a previous node.`,
			itemIndex,
		);
	if (!/^[\w.@+-]+$/.test(text)) {
		fail(
			node,
			`${field} "${text}" is not a valid ID`,
			`A ClickSend ID has letters, digits and dashes only, e.g. ${example}.`,
			itemIndex,
		);
	}
	return text;
}

/**
 * A sender: an alphanumeric sender ID (at most 11 characters, no spaces) or a number (at most 15
 * digits, optionally with +). Empty = the account's default. Returns it trimmed.
 */
export function assertSenderId(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): string {
	const raw = textOf(node, value, field, itemIndex);
	const sender = raw.trim();
	if (!sender) return sender;
	if (/\s/.test(sender)) {
		fail(
			node,
			`${field} "${raw}" contains spaces`,
			'Sender IDs cannot contain spaces. Remove them, e.g. "MyShop".',
			itemIndex,
		);
	}
	if (/^\+?\d+$/.test(sender)) {
		if (sender.replace('+', '').length > 15) {
			fail(
				node,
				`${field} "${raw}" has more than 15 digits`,
				'A numeric sender is a phone number: at most 15 digits, e.g. +61411111111. Use one of your dedicated numbers.',
				itemIndex,
			);
		}
		return sender;
	}
	if (sender.length > 11) {
		fail(
			node,
			`${field} "${raw}" is longer than 11 characters`,
			'Alphanumeric sender IDs may have at most 11 characters. Shorten it, or use one of your dedicated numbers.',
			itemIndex,
		);
	}
	return sender;
}

/** A simple e-mail address check (something@domain.tld), enough to catch a field mapped wrongly. */
export function assertEmail(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): string {
	const text = textOf(node, value, field, itemIndex).trim();
	if (!text)
		fail(node, `${field} is empty`, 'Enter an email address, e.g. test1@test.com.', itemIndex);
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
		fail(
			node,
			`${field} "${text}" is not an email address`,
			'Use an address like test1@test.com.',
			itemIndex,
		);
	}
	return text;
}

/** Text that must not be empty or only spaces (a message body…). Returns it unchanged. */
export function assertNotEmpty(
	node: INode,
	value: unknown,
	field: string,
	howToFix: string,
	itemIndex?: number,
): string {
	const text = textOf(node, value, field, itemIndex);
	if (!text.trim()) fail(node, `${field} is empty`, howToFix, itemIndex);
	return text;
}

/** A whole number between min and max (inclusive), e.g. a batch size. */
export function assertIntegerInRange(
	node: INode,
	value: unknown,
	field: string,
	min: number,
	max: number,
	itemIndex?: number,
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
		const shown =
			typeof value === 'object' && value !== null ? describeValue(value) : `"${String(value)}"`;
		fail(
			node,
			`${field} ${shown} is out of range`,
			`${field} must be a whole number from ${min} to ${max}.`,
			itemIndex,
		);
	}
	return n;
}

/** Limit of a list operation: a whole number of at least 1. */
export function assertLimit(node: INode, value: unknown, itemIndex?: number): number {
	return assertIntegerInRange(node, value, 'Limit', 1, Number.MAX_SAFE_INTEGER, itemIndex);
}

/** A public web address (http or https), e.g. of a document ClickSend downloads. Returns it trimmed. */
export function assertHttpUrl(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): string {
	const text = textOf(node, value, field, itemIndex).trim();
	if (!text)
		fail(
			node,
			`${field} is empty`,
			'Enter the public address of the file, e.g. https://example.com/document.pdf.',
			itemIndex,
		);
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

/** One of a fixed set of values (e.g. a voice: female or male). Returns it trimmed. */
export function assertOneOf(
	node: INode,
	value: unknown,
	field: string,
	allowed: string[],
	itemIndex?: number,
): string {
	const text = textOf(node, value, field, itemIndex).trim();
	if (!allowed.includes(text)) {
		fail(
			node,
			`${field} "${text}" is not valid`,
			`${field} must be one of: ${allowed.join(', ')}.`,
			itemIndex,
		);
	}
	return text;
}

/** A ClickSend voice language code such as en-au or en-gb-wls. Returns it trimmed, in lower case. */
export function assertVoiceLanguage(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): string {
	const raw = textOf(node, value, field, itemIndex).trim();
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
