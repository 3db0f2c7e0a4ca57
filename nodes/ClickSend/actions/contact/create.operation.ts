import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	contactChannelProperties,
	contactFieldsCollection,
	readContactBody,
} from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create a contact',
	description: 'Add a contact to a contact list',
	toolDescription:
		'Add a contact to a ClickSend contact list. Needs the list ID and at least a phone number in international format (e.g. +61411111111), an email or a fax number; names, address and custom fields are optional. Returns the new contact with its contact_id.',
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list to add the contact to', 'List'),
	...contactChannelProperties,
	contactFieldsCollection('More about the contact: name, organization, address, custom fields'),
];

/** POST /lists/{list_id}/contacts: creates something, so it is never sent twice (see transport/retry.ts). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const body = readContactBody.call(this, itemIndex, {
		requireChannel: true,
		channelParameters: true,
	});
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: apiPath`/lists/${listId}/contacts`,
		body,
		itemIndex,
	});
	return responseData(envelope);
}
