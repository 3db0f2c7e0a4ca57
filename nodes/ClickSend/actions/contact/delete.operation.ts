import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactLocator } from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a contact',
	description: 'Delete a contact from its list',
	toolDescription:
		'Delete one contact from a ClickSend contact list. Needs the list ID and the contact ID. Returns deleted: true with the list_id and contact_id.',
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list the contact is in', 'List'),
	contactLocator,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const contactId = readNumericId.call(this, 'contactId', itemIndex, 'Contact');
	await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/lists/${listId}/contacts/${contactId}`,
		itemIndex,
	});
	return { deleted: true, list_id: listId, contact_id: contactId };
}
