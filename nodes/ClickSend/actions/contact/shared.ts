import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactLocator } from '../../fields/contact';
import { contactListLocator } from '../../fields/locator';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';

/** What Copy to List and Transfer to List share: their fields and the request. */

/** From List + Contact + To List of Copy to List and Transfer to List. `verb`: what happens to the contact. */
export function moveContactFields(verb: string): INodeProperties[] {
	return [
		contactListLocator('The contact list the contact is in now', 'From List'),
		contactLocator,
		contactListLocator(`The contact list to ${verb} the contact to`, 'To List', 'toListId'),
	];
}

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
