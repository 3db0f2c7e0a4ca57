import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNotEmpty } from '../../validation/input';

/** What Create and Update share: the List Name field and its check. */

/** The List Name field of Create and Update, sent as `list_name`. */
export function listNameField(description: string): INodeProperties {
	return {
		displayName: 'List Name',
		name: 'listName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Customers',
		description,
	};
}

/** The item's List Name as `{ list_name }`: text, not empty. */
export function readListName(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const name = assertNotEmpty(
		this.getNode(),
		this.getNodeParameter('listName', itemIndex, ''),
		'List Name',
		'Enter the name of the list, e.g. Customers.',
		itemIndex,
	);
	return { list_name: name.trim() };
}
