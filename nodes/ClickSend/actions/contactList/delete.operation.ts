import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a contact list',
	description: 'Delete a contact list and its contacts',
	toolDescription:
		'Delete a ClickSend contact list with all its contacts. Needs the list ID. Returns deleted: true and the list_id.',
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list to delete, with all its contacts', 'List'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/lists/${listId}`,
		itemIndex,
	});
	return { deleted: true, list_id: listId };
}
