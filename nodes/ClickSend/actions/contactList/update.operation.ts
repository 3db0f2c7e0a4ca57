import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';
import { listNameField, readListName } from './shared';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Rename a contact list',
	description: 'Change the name of a contact list',
	toolDescription:
		'Rename a ClickSend contact list. Needs the list ID and the new name. Returns the list.',
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list to rename', 'List'),
	listNameField('The new name of the list'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const body = readListName.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/lists/${listId}`,
		body,
		itemIndex,
	});
	return responseData(envelope);
}
