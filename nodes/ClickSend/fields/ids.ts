import type { IExecuteFunctions } from 'n8n-workflow';

import { assertNumericId, assertTextId } from '../validation/input';

/**
 * Reads an ID field (plain text or resource locator) of one item and checks it before any
 * request: empty, whitespace, objects, non-numeric and unsafe integers fail naming the field.
 */
export function readNumericId(
	this: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	label: string,
): number {
	return assertNumericId(
		this.getNode(),
		this.getNodeParameter(parameter, itemIndex, '', { extractValue: true }),
		label,
		itemIndex,
	);
}

/** Like readNumericId, for IDs of letters, digits and dashes (message IDs, email template IDs). */
export function readTextId(
	this: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	label: string,
	example?: string,
): string {
	return assertTextId(
		this.getNode(),
		this.getNodeParameter(parameter, itemIndex, '', { extractValue: true }),
		label,
		itemIndex,
		example,
	);
}
