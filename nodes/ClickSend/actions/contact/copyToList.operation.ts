import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../types';
import { moveContact, moveContactFields } from './shared';

export const option: OperationOption = {
	name: 'Copy to List',
	value: 'copyToList',
	action: 'Copy a contact to another list',
	description: 'Copy a contact to another contact list; it stays in its list too',
	toolDescription:
		'Copy one contact of a ClickSend contact list into another list; it stays in its current list too. Needs the list ID the contact is in, the contact ID and the ID of the list to copy to. Returns the copy in the new list.',
};

export const properties: INodeProperties[] = moveContactFields('copy');

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await moveContact.call(this, itemIndex, 'copy');
}
