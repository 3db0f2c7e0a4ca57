import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import {
	contactFieldDisplayName,
	contactFieldOptions,
	listLocator,
	searchTerm,
	simplifyField,
} from '../../shared/contactFields';
import { listFields } from '../../shared/declarative';
import { toUnixSeconds } from '../../shared/validation';

const show = { show: { resource: ['contact'], operation: ['getAll'] } };

/** Fields a search can match (ClickSend's `q=field:value,…`; not case-sensitive). */
const FILTER_FIELDS = [
	'phone_number',
	'email',
	'first_name',
	'last_name',
	'organization_name',
	'address_city',
	'address_country',
	'custom_1',
	'custom_2',
	'custom_3',
	'custom_4',
];

export const getManyContactsFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list to read' }),
	...listFields('contact', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show,
		description: 'Only return contacts that match. ClickSend searches without regard to case.',
		options: [
			...FILTER_FIELDS.map(
				(name): INodeProperties => ({
					displayName: contactFieldDisplayName(name),
					name,
					type: 'string',
					default: '',
					description: `Only contacts whose ${contactFieldDisplayName(name).toLowerCase()} matches this value`,
				}),
			),
			{
				displayName: 'Match',
				name: 'operator',
				type: 'options',
				default: 'AND',
				description: 'Whether a contact must match all the filters above or any one of them',
				options: [
					{ name: 'All Filters', value: 'AND' },
					{ name: 'Any Filter', value: 'OR' },
				],
			},
			{
				displayName: 'Updated After',
				name: 'updated_after',
				type: 'dateTime',
				default: '',
				description: 'Only contacts changed after this time',
			},
		],
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Sort By',
				name: 'field',
				type: 'options',
				default: 'contact_id',
				options: [
					{ name: 'Contact ID', value: 'contact_id' },
					...contactFieldOptions(FILTER_FIELDS),
					{ name: 'Date Updated', value: 'date_updated' },
				],
				description: 'The field to sort the contacts by',
			},
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				default: 'asc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
			},
		],
	},
	simplifyField(show),
];

/**
 * ClickSend's search query from the Filters collection: `q=field:value,…` (commas and colons
 * separate terms, so a value cannot contain them), `operator`, `updated_after` (Unix seconds).
 */
export function contactSearchQuery(this: IExecuteSingleFunctions): IDataObject {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const sort = this.getNodeParameter('sort', {}) as IDataObject;
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const qs: IDataObject = {};
	const terms: string[] = [];
	for (const name of FILTER_FIELDS) {
		const value = String(filters[name] ?? '').trim();
		if (!value) continue;
		terms.push(searchTerm(node, name, value, `Filters → ${contactFieldDisplayName(name)}`, itemIndex));
	}
	if (terms.length) qs.q = terms.join(',');
	if (terms.length > 1 && filters.operator) qs.operator = filters.operator;
	const updatedAfter = toUnixSeconds(node, filters.updated_after, 'Filters → Updated After', itemIndex);
	if (updatedAfter !== undefined) qs.updated_after = updatedAfter;
	if (sort.field) qs.order_by = `${String(sort.field)}:${String(sort.direction ?? 'asc')}`;
	return qs;
}

/** preSend of Get Many: adds the search and sort to the query string. */
export async function sendContactSearch(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	requestOptions.qs = {
		...requestOptions.qs,
		...contactSearchQuery.call(this),
	};
	return requestOptions;
}
