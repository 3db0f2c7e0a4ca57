import type { INode } from 'n8n-workflow';

import { describeValue, fail, textOf } from './fail';
import { assertEmail } from './input';

/** One recipient of an email (`to`, `cc`, `bcc` of /email/send), as ClickSend takes it. */
export interface EmailRecipient {
	email: string;
	name?: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return (
		typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
	);
}

/** One entry: `test1@test.com`, `Jane Doe <test1@test.com>` or `{ email, name }`. */
function recipientOf(
	node: INode,
	entry: unknown,
	field: string,
	itemIndex?: number,
): EmailRecipient {
	if (isPlainObject(entry)) {
		if (!('email' in entry)) {
			fail(
				node,
				`${field} received ${describeValue(entry)}, which has no "email"`,
				`Map addresses into ${field} as text (test1@test.com, Jane Doe <test2@test.com>) or as a list of { email, name }.`,
				itemIndex,
			);
		}
		const recipient: EmailRecipient = { email: assertEmail(node, entry.email, field, itemIndex) };
		const name = textOf(node, entry.name, `${field} name`, itemIndex).trim();
		if (name) recipient.name = name;
		return recipient;
	}
	const text = textOf(node, entry, field, itemIndex).trim();
	const named = /^(.*)<([^<>]+)>$/.exec(text);
	if (!named) return { email: assertEmail(node, text, field, itemIndex) };
	const recipient: EmailRecipient = { email: assertEmail(node, named[2], field, itemIndex) };
	const name = named[1].trim().replace(/^"(.*)"$/, '$1');
	if (name) recipient.name = name;
	return recipient;
}

/**
 * The addresses of a To, CC or BCC field: text with addresses separated by commas, semicolons or
 * new lines, each `test1@test.com` or `Jane Doe <test1@test.com>`; or, mapped by an expression, a
 * list of such texts or of `{ email, name }`, or one `{ email, name }`. Every address is checked;
 * errors name the field. Empty → [] (the caller decides whether that is allowed).
 */
export function assertEmailRecipients(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): EmailRecipient[] {
	if (value === undefined || value === null || value === '') return [];
	const entries: unknown[] = Array.isArray(value)
		? value
		: isPlainObject(value)
			? [value]
			: textOf(node, value, field, itemIndex)
					.split(/[,;\n]/)
					.map((entry) => entry.trim())
					.filter((entry) => entry);
	return entries.map((entry) => recipientOf(node, entry, field, itemIndex));
}
