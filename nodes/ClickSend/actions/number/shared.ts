import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertCountryCode } from '../../validation/country';
import { fail, textOf } from '../../validation/fail';

/** What Search Available, Buy and Get Many share: the country of the numbers. */

/** Country of Search Available (and of Buy's number list): the two-letter ISO code of the numbers. */
export function countryField(description: string, required = true): INodeProperties {
	return {
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		required,
		placeholder: 'e.g. AU',
		description,
	};
}

/**
 * The Country of the numbers, as the two-letter code ClickSend puts in the path. Only codes: a
 * name would be read as a (wrong) path segment by anyone mapping this field into an HTTP node too.
 */
export function readNumberCountry(
	this: IExecuteFunctions,
	parameter: string,
	label: string,
	itemIndex: number,
): string {
	const node = this.getNode();
	const text = textOf(
		node,
		this.getNodeParameter(parameter, itemIndex, ''),
		label,
		itemIndex,
	).trim();
	if (!text)
		fail(
			node,
			`${label} is empty`,
			'Enter the two-letter ISO code of the country, e.g. AU, US or GB.',
			itemIndex,
		);
	if (!/^[A-Za-z]{2}$/.test(text)) {
		fail(
			node,
			`${label} "${text}" is not a two-letter country code`,
			'Use the two-letter ISO code of the country, e.g. AU, US or GB.',
			itemIndex,
		);
	}
	return assertCountryCode(node, text, label, itemIndex);
}
