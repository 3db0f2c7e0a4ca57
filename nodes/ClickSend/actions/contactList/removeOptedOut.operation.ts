import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Remove Opted-Out Contacts',
	value: 'removeOptedOut',
	action: 'Remove opted-out contacts from a list',
	description: 'Delete the contacts of a list that are in an opt-out list',
	toolDescription:
		"Delete the contacts of a ClickSend contact list that are also in an opt-out list (where ClickSend puts people who replied STOP). Needs the list ID and the opt-out list ID. Returns ClickSend's count of deleted contacts.",
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list to clean up', 'List'),
	contactListLocator(
		'The list of people who opted out (ClickSend adds STOP replies to an opt-out list)',
		'Opt-Out List',
		'optOutListId',
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const optOutListId = readNumericId.call(this, 'optOutListId', itemIndex, 'Opt-Out List');
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/lists/${listId}/remove-opted-out-contacts/${optOutListId}`,
		itemIndex,
	});
	return responseData(envelope);
}
