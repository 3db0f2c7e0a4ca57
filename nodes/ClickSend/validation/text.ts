import type { INode } from 'n8n-workflow';

import { fail, textOf } from './fail';

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
	const length = [...text].length;
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
