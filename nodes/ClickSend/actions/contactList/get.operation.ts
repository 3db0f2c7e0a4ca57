import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get a contact list',
	description: 'Get a contact list with its number of contacts',
	toolDescription:
		'Get one ClickSend contact list. Needs the list ID. Returns list_id, list_name, _contacts_count and _import_in_progress (whether a CSV import is still running).',
};

export const properties: INodeProperties[] = [contactListLocator('The contact list', 'List')];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/lists/${listId}`,
		itemIndex,
	});
	return responseData(envelope);
}
