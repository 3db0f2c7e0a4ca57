import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';
import { queryParameters, showFor } from '../../shared/routing';
import { countryField, countryParameter } from './shared';

/**
 * Number → Search Available (GET /numbers/search/{country}): dedicated numbers you could buy,
 * with their setup and monthly prices. Searching costs nothing.
 */
export const searchAvailableNumbersFields: INodeProperties[] = [
	countryField(['searchAvailable'], 'The country to find numbers in: its two-letter ISO code, e.g. AU, US or GB'),
	...listFields('number', 'searchAvailable'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('number', ['searchAvailable']),
		options: [
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
		],
	},
];

const searchQuery = queryParameters(function (this: IExecuteSingleFunctions) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const search = String(filters.search ?? '').replace(/\D/g, '');
	return search ? { search, search_type: filters.searchType ?? 1 } : {};
});

/** preSend: the checked country in the path, then the digit search in the query. */
export async function searchAvailablePath(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.url = `/numbers/search/${countryParameter.call(this)}`;
	return await searchQuery.call(this, requestOptions);
}
