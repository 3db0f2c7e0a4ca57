import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactFieldsCollection, contactLocator, readContactBody } from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update a contact',
	description: 'Change fields of a contact',
	toolDescription:
		'Change fields of one contact in a ClickSend contact list; fields not given keep their value. Needs the list ID, the contact ID and at least one field to change. Returns the updated contact.',
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list the contact is in', 'List'),
	contactLocator,
	contactFieldsCollection('The fields to change. Fields you leave out keep their value.'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const contactId = readNumericId.call(this, 'contactId', itemIndex, 'Contact');
	const body = readContactBody.call(this, itemIndex, { requireAny: true });
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/lists/${listId}/contacts/${contactId}`,
		body,
		itemIndex,
	});
	return responseData(envelope);
}
