import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';
import { queryParameters, showFor } from '../../shared/routing';

/** Number → Get Many (GET /numbers): the dedicated numbers the account has. */
export const getManyNumbersFields: INodeProperties[] = [
	...listFields('number', 'getMany'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('number', ['getMany']),
		options: [
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'e.g. AU',
				description: 'Only numbers of this country (two-letter code)',
			},
		],
	},
];

/** preSend: the country filter as ClickSend's `q=country:AU`. */
export const numbersQuery = queryParameters(function (this: IExecuteSingleFunctions) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const country = String(filters.country ?? '').trim().toUpperCase();
	return { q: country ? `country:${country.replace(/[,:]/g, '')}` : undefined };
});
