import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import { searchTerm } from '../../validation/search';
import type { OperationOption } from '../types';
import { filtersCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many contact lists',
	description: 'Get the contact lists of the account, optionally by name',
	toolDescription:
		'List the contact lists of the ClickSend account, optionally only those whose name matches. Returns one row per list: list_id, list_name, _contacts_count.',
};

export const properties: INodeProperties[] = [
	...returnAllFields,
	filtersCollection([
		{
			displayName: 'List Name',
			name: 'list_name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Customers',
			description: 'Only lists whose name matches (ClickSend search, not case-sensitive)',
		},
	]),
];

/** GET /lists, page by page (Return All) or up to Limit; Filters → List Name as `q=list_name:…`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	const name = filters.list_name;
	if (name !== undefined && name !== null && !(typeof name === 'string' && !name.trim())) {
		qs.q = searchTerm(this.getNode(), 'list_name', name, 'Filters → List Name', itemIndex);
	}
	return await clickSendAllPages.call(
		this,
		{ path: '/lists', qs, itemIndex },
		readLimit.call(this, itemIndex),
	);
}
