import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	contactFieldDisplayName,
	contactFieldOptions,
	contactSimplifier,
	contactSimplifyField,
} from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { readLimit, returnAllFields } from '../../fields/returnAll';
import { apiPath } from '../../../transport/path';
import { clickSendAllPages } from '../../../transport/pagination';
import { assertCountryCode } from '../../validation/country';
import { toUnixSeconds } from '../../validation/dates';
import { searchTerm } from '../../validation/search';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many contacts',
	description: 'Get the contacts of a list, optionally filtered and sorted',
	toolDescription:
		'List the contacts of a ClickSend contact list, optionally only those matching a phone number, email, name, organization, city, country or custom field, or changed after a date. Needs the list ID. Returns one row per contact: contact_id, list_id, phone_number, email, first_name, last_name.',
};

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

export const properties: INodeProperties[] = [
	contactListLocator('The contact list to read', 'List'),
	...returnAllFields,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
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
	contactSimplifyField,
];

/**
 * ClickSend's search from Filters and Sort: `q=field:value,…` (values without commas or colons;
 * Country as its two-letter code), `operator` when several terms, `updated_after` (Unix seconds),
 * `order_by=field:direction`.
 */
function contactSearchQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	const terms: string[] = [];
	for (const name of FILTER_FIELDS) {
		const value = filters[name];
		if (value === undefined || value === null || (typeof value === 'string' && !value.trim()))
			continue;
		const label = `Filters → ${contactFieldDisplayName(name)}`;
		terms.push(
			searchTerm(
				node,
				name,
				name === 'address_country' ? assertCountryCode(node, value, label, itemIndex) : value,
				label,
				itemIndex,
			),
		);
	}
	if (terms.length) qs.q = terms.join(',');
	if (terms.length > 1 && filters.operator) qs.operator = filters.operator;
	const updatedAfter = toUnixSeconds(
		node,
		filters.updated_after,
		'Filters → Updated After',
		itemIndex,
	);
	if (updatedAfter !== undefined) qs.updated_after = updatedAfter;
	if (sort.field) qs.order_by = `${String(sort.field)}:${String(sort.direction ?? 'asc')}`;
	return qs;
}

/** GET /lists/{list_id}/contacts, page by page (Return All) or up to Limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const qs = contactSearchQuery.call(this, itemIndex);
	const limit = readLimit.call(this, itemIndex);
	const rows = await clickSendAllPages.call(
		this,
		{ path: apiPath`/lists/${listId}/contacts`, qs, itemIndex },
		limit,
	);
	return rows.map(contactSimplifier.call(this, itemIndex));
}
