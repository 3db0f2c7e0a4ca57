import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';
import { readNumberCountry } from './shared';
import { filtersCollection } from '../../fields/collections';

/** What Simplify keeps of a dedicated number (ClickSend sends eleven fields). */
const SIMPLE_FIELDS = [
	'dedicated_number',
	'country',
	'type',
	'number_type',
	'price',
	'status',
	'notes',
	'number_guid',
];

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many dedicated numbers',
	description: 'List the dedicated numbers your account has',
	toolDescription:
		'List the dedicated numbers of the ClickSend account, optionally only those of one country (two-letter code, e.g. AU). Returns one row per number: dedicated_number, country, type (sms or mms), price, status.',
};

export const properties: INodeProperties[] = [
	...returnAllFields,
	filtersCollection([
		{
			displayName: 'Country',
			name: 'country',
			type: 'string',
			default: '',
			placeholder: 'e.g. AU',
			description: 'Only numbers of this country (two-letter code)',
		},
	]),
	simplifyField(SIMPLE_FIELDS),
];

/** GET /numbers, page by page; Filters → Country as ClickSend's search `q=country:AU` on every page. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	const country = filters.country;
	if (
		country !== undefined &&
		country !== null &&
		!(typeof country === 'string' && !country.trim())
	) {
		qs.q = `country:${readNumberCountry.call(this, 'filters.country', 'Filters → Country', itemIndex)}`;
	}
	return await simplifiedRows.call(this, itemIndex, { path: '/numbers', qs }, SIMPLE_FIELDS);
}
