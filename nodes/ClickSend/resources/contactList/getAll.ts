import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { searchTerm } from '../../shared/contactFields';
import { listFields } from '../../shared/declarative';

const show = { show: { resource: ['contactList'], operation: ['getAll'] } };

export const getManyContactListsFields: INodeProperties[] = [
	...listFields('contactList', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'List Name',
				name: 'list_name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Customers',
				description: 'Only lists whose name matches (ClickSend search, not case-sensitive)',
			},
		],
	},
];

/** preSend of Get Many: the name filter as ClickSend's search `q=list_name:…`. */
export async function sendListNameSearch(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = String((this.getNodeParameter('filters', {}) as { list_name?: string }).list_name ?? '').trim();
	if (!name) return requestOptions;
	const q = searchTerm(this.getNode(), 'list_name', name, 'Filters → List Name', this.getItemIndex());
	requestOptions.qs = { ...requestOptions.qs, q };
	return requestOptions;
}
