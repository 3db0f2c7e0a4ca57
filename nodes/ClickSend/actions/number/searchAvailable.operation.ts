import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import { apiPath } from '../../../transport/path';
import { fail, textOf } from '../../validation/fail';
import { assertIntegerInRange } from '../../validation/input';
import type { OperationOption } from '../types';
import { countryField, readNumberCountry } from './shared';
import { filtersCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Search Available',
	value: 'searchAvailable',
	action: 'Search available dedicated numbers',
	description: 'Find numbers you could buy in a country, with their prices. Free.',
	toolDescription:
		'Search the dedicated numbers available to buy in one country with ClickSend (free, buys nothing). Needs the two-letter country code (e.g. AU, US, GB); optionally digits the number must contain. Returns one row per number: dedicated_number, country, price_setup, price_monthly, price_total.',
};

export const properties: INodeProperties[] = [
	countryField('The country to find numbers in: its two-letter ISO code, e.g. AU, US or GB'),
	...returnAllFields,
	filtersCollection([
		{
			displayName: 'Digits',
			name: 'search',
			type: 'string',
			default: '',
			placeholder: 'e.g. 411',
			description: 'Only numbers containing these digits (where depends on Match)',
		},
		{
			displayName: 'Match',
			name: 'searchType',
			type: 'options',
			default: 1,
			options: [
				{ name: 'Starts With', value: 0 },
				{ name: 'Anywhere', value: 1 },
				{ name: 'Ends With', value: 2 },
			],
			description: 'Where the digits must appear in the number',
		},
	]),
];

/** GET /numbers/search/{country}; Filters → Digits as `search` (digits only) and Match as `search_type`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const node = this.getNode();
	const country = readNumberCountry.call(this, 'country', 'Country', itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	const typed = textOf(node, filters.search, 'Filters → Digits', itemIndex).trim();
	if (typed) {
		const digits = typed.replace(/\D/g, '');
		if (!digits)
			fail(
				node,
				`Filters → Digits "${typed}" has no digits`,
				'Enter the digits the number should contain, e.g. 411.',
				itemIndex,
			);
		qs.search = digits;
		qs.search_type = assertIntegerInRange(
			node,
			filters.searchType ?? 1,
			'Filters → Match',
			0,
			2,
			itemIndex,
		);
	}
	const limit = readLimit.call(this, itemIndex);
	return await clickSendAllPages.call(
		this,
		{ path: apiPath`/numbers/search/${country}`, qs, itemIndex },
		limit,
	);
}
