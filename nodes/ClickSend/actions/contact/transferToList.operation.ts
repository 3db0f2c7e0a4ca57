import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../types';
import { moveContact, moveContactFields } from './shared';

export const option: OperationOption = {
	name: 'Transfer to List',
	value: 'transferToList',
	action: 'Transfer a contact to another list',
	description: 'Move a contact to another contact list; it leaves its current list',
	toolDescription:
		'Move one contact of a ClickSend contact list into another list; it leaves its current list. Needs the list ID the contact is in, the contact ID and the ID of the list to move it to. Returns the contact in the new list.',
};

/** The fields of Copy to List: From List, Contact, To List. */
export const properties: INodeProperties[] = moveContactFields('move');

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await moveContact.call(this, itemIndex, 'transfer');
}
