import type { INodeProperties } from 'n8n-workflow';

import { pathFromIds } from '../../shared/contactFields';
import { pairWithInputItem, withPreSend } from '../../shared/routing';
import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import type { ResourceModule } from '../types';
import { createContactListFields } from './create';
import { contactListDeleted, deleteContactListFields } from './delete';
import { getContactListFields } from './get';
import { getManyContactListsFields, sendListNameSearch } from './getAll';
import { importContacts, importContactsFields } from './importContacts';
import { removeDuplicatesFields, sendDuplicateFields } from './removeDuplicates';
import { removeOptedOutFields } from './removeOptedOut';
import { updateContactListFields } from './update';

const LIST = '/lists/{listId}';
const output = [unwrapData, pairWithInputItem];

const contactListOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['contactList'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a contact list',
			description: 'Create an empty contact list',
			routing: operationRouting({ method: 'POST', url: '/lists', output }),
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a contact list',
			description: 'Delete a contact list and its contacts',
			routing: withPreSend(
				operationRouting({ method: 'DELETE', url: LIST, output: [contactListDeleted, pairWithInputItem] }),
				pathFromIds(LIST),
			),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a contact list',
			description: 'Get a contact list with its number of contacts',
			routing: withPreSend(operationRouting({ method: 'GET', url: LIST, output }), pathFromIds(LIST)),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many contact lists',
			description: 'Get the contact lists of the account, optionally by name',
			routing: withPreSend(
					listOperationRouting({ method: 'GET', url: '/lists', output: [pairWithInputItem] }),
					sendListNameSearch,
				),
		},
		{
			name: 'Import Contacts',
			value: 'importContacts',
			action: 'Import contacts from a CSV file',
			description: 'Add the contacts of a CSV file (binary data from a previous node) to a list',
		},
		{
			name: 'Remove Duplicates',
			value: 'removeDuplicates',
			action: 'Remove duplicate contacts from a list',
			description: 'Delete contacts that repeat the same values in the chosen fields',
			// Path without the spec's trailing slash, as in ClickSend's docs (seeds).
			routing: withPreSend(
				operationRouting({ method: 'PUT', url: `${LIST}/remove-duplicates`, output }),
				pathFromIds(`${LIST}/remove-duplicates`),
				sendDuplicateFields,
			),
		},
		{
			name: 'Remove Opted-Out Contacts',
			value: 'removeOptedOut',
			action: 'Remove opted out contacts from a list',
			description: 'Delete the contacts of a list that are in an opt-out list',
			routing: withPreSend(
				operationRouting({ method: 'PUT', url: LIST, output }),
				pathFromIds(`${LIST}/remove-opted-out-contacts/{optOutListId}`),
			),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Rename a contact list',
			description: 'Change the name of a contact list',
			routing: withPreSend(operationRouting({ method: 'PUT', url: LIST, output }), pathFromIds(LIST)),
		},
	],
	default: 'getAll',
};

export const contactListResource: ResourceModule = {
	name: 'Contact List',
	value: 'contactList',
	description: 'Your ClickSend contact lists: create, clean up, import CSV files',
	properties: [
		contactListOperation,
		...createContactListFields,
		...deleteContactListFields,
		...getContactListFields,
		...getManyContactListsFields,
		...importContactsFields,
		...removeDuplicatesFields,
		...removeOptedOutFields,
		...updateContactListFields,
	],
	customOperations: { importContacts },
};
