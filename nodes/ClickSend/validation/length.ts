import type { INode } from 'n8n-workflow';

import { fail, textOf } from './fail';

/**
 * Every length check: plain text (characters as people see them: an emoji is one) and message
 * texts (characters as ClickSend counts them for SMS and MMS).
 */

/** Characters as people see them (code points: an emoji is one). */
function characterCount(text: string): number {
	return [...text].length;
}

/** Text of at most `max` characters (counted as people see them, emoji = 1). Returns it unchanged. */
export function assertMaxLength(
	node: INode,
	text: string,
	field: string,
	max: number,
	itemIndex?: number,
): string {
	const length = characterCount(text);
	if (length > max) {
		fail(
			node,
			`${field} is longer than ${max} characters (${length})`,
			`Shorten ${field} to at most ${max} characters.`,
			itemIndex,
		);
	}
	return text;
}

/**
 * Text of `min` to `max` characters (counted as people see them), e.g. a business name ClickSend
 * accepts with 2 to 100 characters. Refuses empty text, objects and lists. Returns it trimmed.
 */
export function assertTextLength(
	node: INode,
	value: unknown,
	field: string,
	min: number,
	max: number,
	itemIndex?: number,
): string {
	const text = textOf(node, value, field, itemIndex).trim();
	const length = characterCount(text);
	if (!length)
		fail(
			node,
			`${field} is empty`,
			`Enter ${field} (${min} to ${max} characters), or map it from a previous node.`,
			itemIndex,
		);
	if (length < min || length > max) {
		fail(
			node,
			`${field} has ${length} character${length === 1 ? '' : 's'}`,
			`${field} must have ${min} to ${max} characters.`,
			itemIndex,
		);
	}
	return text;
}

/**
 * Message lengths ClickSend documents (ClickSend's API reference, "How many characters can I send in a
 * message?"): an SMS has at most 8 parts — 1224 characters of the GSM 03.38 alphabet (its
 * extension characters count twice) or 536 otherwise (UTF-16 units: an emoji counts twice); an
 * MMS has at most 1500 GSM characters or 500 otherwise. Longer messages are truncated by ClickSend,
 * so they are refused before sending.
 */
const GSM_BASIC = new Set(
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('^{}\\[~]|€\f');

export interface MessageLength {
	encoding: 'GSM' | 'Unicode';
	/** Characters as ClickSend counts them for the encoding. */
	length: number;
}

export function messageLength(text: string): MessageLength {
	let gsm = 0;
	for (const character of text) {
		if (GSM_BASIC.has(character)) gsm += 1;
		else if (GSM_EXTENSION.has(character)) gsm += 2;
		else return { encoding: 'Unicode', length: text.length };
	}
	return { encoding: 'GSM', length: gsm };
}

export const SMS_LIMITS = { GSM: 1224, Unicode: 536 } as const;
export const MMS_LIMITS = { GSM: 1500, Unicode: 500 } as const;

/** Refuses a message text longer than ClickSend sends without truncating it. */
export function assertMessageLength(
	node: INode,
	text: string,
	field: string,
	limits: { GSM: number; Unicode: number },
	what: string,
	itemIndex?: number,
): string {
	const { encoding, length } = messageLength(text);
	const max = limits[encoding];
	if (length > max) {
		const unicode =
			encoding === 'Unicode'
				? ' It contains characters outside the GSM alphabet (e.g. emoji or non-Latin letters), which lowers the limit.'
				: '';
		fail(
			node,
			`${field} is too long for one ${what}: ${length} characters (at most ${max})`,
			`ClickSend truncates a ${what} longer than ${max} characters.${unicode} Shorten the text, or split it over several messages.`,
			itemIndex,
		);
	}
	return text;
}
