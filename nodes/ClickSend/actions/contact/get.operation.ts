import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactLocator, contactSimplifier, contactSimplifyField } from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get a contact',
	description: 'Get one contact of a list',
	toolDescription:
		'Get one contact of a ClickSend contact list. Needs the list ID and the contact ID. Returns the contact: contact_id, list_id, phone_number, email, first_name, last_name and the custom fields that are set.',
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list the contact is in', 'List'),
	contactLocator,
	contactSimplifyField,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const contactId = readNumericId.call(this, 'contactId', itemIndex, 'Contact');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/lists/${listId}/contacts/${contactId}`,
		itemIndex,
	});
	return contactSimplifier.call(this, itemIndex)(responseData(envelope));
}
