import type { INodeProperties } from 'n8n-workflow';

/** The List Name field of Create and Update, sent as `list_name`. */
export function listNameField(operation: string, description: string): INodeProperties {
	return {
		displayName: 'List Name',
		name: 'listName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Customers',
		displayOptions: { show: { resource: ['contactList'], operation: [operation] } },
		description,
		routing: { send: { type: 'body', property: 'list_name' } },
	};
}

export const createContactListFields: INodeProperties[] = [listNameField('create', 'The name of the new contact list')];
