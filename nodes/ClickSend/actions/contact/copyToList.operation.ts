import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactLocator, listLocator } from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { responseData } from '../../../transport/envelope';

export const option: OperationOption = {
	name: 'Copy to List',
	value: 'copyToList',
	action: 'Copy a contact to another list',
	description: 'Copy a contact to another contact list; it stays in its list too',
	toolDescription:
		'Copy one contact of a ClickSend contact list into another list; it stays in its current list too. Needs the list ID the contact is in, the contact ID and the ID of the list to copy to. Returns the copy in the new list.',
};

/** From List + Contact + To List, shared with Transfer to List. `verb`: what happens to the contact. */
export function moveContactFields(verb: string): INodeProperties[] {
	return [
		listLocator('The contact list the contact is in now', 'listId', 'From List'),
		contactLocator,
		listLocator(`The contact list to ${verb} the contact to`, 'toListId', 'To List'),
	];
}

export const properties: INodeProperties[] = moveContactFields('copy');

/** PUT /lists/{from}/contacts/{contact_id}/{copy|transfer}/{to}; outputs the contact in its new list. */
export async function moveContact(
	this: IExecuteFunctions,
	itemIndex: number,
	how: 'copy' | 'transfer',
): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'From List');
	const contactId = readNumericId.call(this, 'contactId', itemIndex, 'Contact');
	const toListId = readNumericId.call(this, 'toListId', itemIndex, 'To List');
	const path =
		how === 'copy'
			? apiPath`/lists/${listId}/contacts/${contactId}/copy/${toListId}`
			: apiPath`/lists/${listId}/contacts/${contactId}/transfer/${toListId}`;
	const envelope = await clickSendRequest.call(this, { method: 'PUT', path, itemIndex });
	return responseData(envelope);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await moveContact.call(this, itemIndex, 'copy');
}
