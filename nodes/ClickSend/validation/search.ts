import type { INode } from 'n8n-workflow';

import { fail, textOf } from './fail';

/**
 * One term of ClickSend's list search (`q=field:value,…`, ClickSend's API reference "Searching"). Commas and
 * colons separate terms, so a value holding one would search for something else: it is refused
 * (`label` is the field as the user sees it, e.g. "Filters → Last Name"). Returns `field:value`.
 */
export function searchTerm(
	node: INode,
	field: string,
	value: unknown,
	label: string,
	itemIndex?: number,
): string {
	const text = textOf(node, value, label, itemIndex).trim();
	if (/[,:]/.test(text)) {
		fail(
			node,
			`${label} "${text}" contains a comma or colon`,
			"ClickSend's search separates terms with commas and colons. Remove them from the value.",
			itemIndex,
		);
	}
	return `${field}:${text}`;
}
