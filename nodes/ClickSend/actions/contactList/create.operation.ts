import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clickSendRequest } from '../../../transport/request';
import { assertNotEmpty } from '../../validation/input';
import type { OperationOption } from '../types';
import { responseData } from '../../../transport/envelope';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create a contact list',
	description: 'Create an empty contact list',
	toolDescription:
		'Create an empty ClickSend contact list. Needs the list name. Returns the new list with its list_id.',
};

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

export const properties: INodeProperties[] = [listNameField('The name of the new contact list')];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/lists',
		body: readListName.call(this, itemIndex),
		itemIndex,
	});
	return responseData(envelope);
}
