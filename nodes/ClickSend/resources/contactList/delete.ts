import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { listLocator } from '../../shared/contactFields';

export const deleteContactListFields: INodeProperties[] = [
	listLocator(
		{ show: { resource: ['contactList'], operation: ['delete'] } },
		{ description: 'The contact list to delete, with all its contacts' },
	),
];

/** postReceive of Delete: `{ deleted: true, list_id }`. */
export async function contactListDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [
		{ json: { deleted: true, list_id: Number(this.getNodeParameter('listId', undefined, { extractValue: true })) } },
	];
}
