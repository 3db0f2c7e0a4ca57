import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { contactLocator, listLocator } from '../../shared/contactFields';

const show = { show: { resource: ['contact'], operation: ['delete'] } };

export const deleteContactFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list the contact is in' }),
	contactLocator(show),
];

/** postReceive of Delete: `{ deleted: true, list_id, contact_id }`. */
export async function contactDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const id = (name: string) => Number(this.getNodeParameter(name, undefined, { extractValue: true }));
	return [
		{
			json: {
				deleted: true,
				list_id: id('listId'),
				contact_id: id('contactId'),
			},
		},
	];
}
