import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { listNameField, readListName } from './shared';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create a contact list',
	description: 'Create an empty contact list',
	toolDescription:
		'Create an empty ClickSend contact list. Needs the list name. Returns the new list with its list_id.',
};

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
