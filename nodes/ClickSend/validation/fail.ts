import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks run before any request. Each error names the field as the user sees it in the
 * node and says how to fix it (`description`).
 */
export function fail(node: INode, message: string, description: string, itemIndex?: number): never {
	throw new NodeOperationError(node, message, { description, itemIndex });
}

/** A short description of a value that is not text, for error messages: `an object {"a":1}`. */
export function describeValue(value: unknown): string {
	if (Array.isArray(value))
		return `a list of ${value.length} value${value.length === 1 ? '' : 's'}`;
	if (value === null) return 'null';
	if (typeof value === 'object') {
		let json = '';
		try {
			json = JSON.stringify(value) ?? '';
		} catch {
			json = '';
		}
		return json ? `an object ${json.length > 60 ? `${json.slice(0, 59)}…` : json}` : 'an object';
	}
	return `"${String(value)}"`;
}

function isDateLike(value: object): boolean {
	return value instanceof Date || typeof (value as { toISO?: unknown }).toISO === 'function';
}

/**
 * A field's value as text. Numbers and booleans become text; dates their ISO form; empty values
 * ''. An object or list mapped by an expression is refused with an error naming the field:
 * sending `[object Object]` is never what was meant.
 */
export function textOf(node: INode, value: unknown, field: string, itemIndex?: number): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
		return String(value);
	if (typeof value === 'object' && isDateLike(value)) return String(value);
	return fail(
		node,
		`${field} received ${describeValue(value)} instead of text`,
		`Map a single value into ${field}, e.g. {{ $json.phone }}, not a whole object or list. To send an object as text, use {{ JSON.stringify($json.data) }}.`,
		itemIndex,
	);
}
