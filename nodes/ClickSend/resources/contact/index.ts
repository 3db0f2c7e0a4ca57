import type { INodeProperties } from 'n8n-workflow';

import { pathFromIds, simplifyContact } from '../../shared/contactFields';
import { pairWithInputItem, simplifyOutput, withPreSend } from '../../shared/routing';
import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import type { ResourceModule } from '../types';
import { copyContactToListFields } from './copyToList';
import { createContactFields, sendContactFields } from './create';
import { createOrUpdateContact, createOrUpdateContactFields } from './createOrUpdate';
import { contactDeleted, deleteContactFields } from './delete';
import { getContactFields } from './get';
import { getManyContactsFields, sendContactSearch } from './getAll';
import { transferContactToListFields } from './transferToList';
import { updateContactFields } from './update';

const CONTACTS = '/lists/{listId}/contacts';
const CONTACT = `${CONTACTS}/{contactId}`;

const contactOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['contact'] } },
	options: [
		{
			name: 'Copy to List',
			value: 'copyToList',
			action: 'Copy a contact to another list',
			description: 'Copy a contact to another contact list; it stays in its list too',
			routing: withPreSend(
				operationRouting({
					method: 'PUT',
					url: CONTACT,
					output: [unwrapData, pairWithInputItem],
				}),
				pathFromIds(`${CONTACT}/copy/{toListId}`),
			),
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a contact',
			description: 'Add a contact to a contact list',
			routing: withPreSend(
				operationRouting({
					method: 'POST',
					url: CONTACTS,
					output: [unwrapData, pairWithInputItem],
				}),
				pathFromIds(CONTACTS),
				sendContactFields({ requireChannel: true }),
			),
		},
		{
			name: 'Create or Update',
			value: 'upsert',
			action: 'Create or update a contact',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a contact',
			description: 'Delete a contact from its list',
			routing: withPreSend(
				operationRouting({
					method: 'DELETE',
					url: CONTACT,
					output: [contactDeleted, pairWithInputItem],
				}),
				pathFromIds(CONTACT),
			),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a contact',
			description: 'Get one contact of a list',
			routing: withPreSend(
				operationRouting({
					method: 'GET',
					url: CONTACT,
					output: [unwrapData, simplifyOutput(simplifyContact), pairWithInputItem],
				}),
				pathFromIds(CONTACT),
			),
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many contacts',
			description: 'Get the contacts of a list, optionally filtered and sorted',
			routing: withPreSend(
					listOperationRouting({
						method: 'GET',
						url: CONTACTS,
						output: [simplifyOutput(simplifyContact), pairWithInputItem],
					}),
					pathFromIds(CONTACTS),
					sendContactSearch,
				),
		},
		{
			name: 'Transfer to List',
			value: 'transferToList',
			action: 'Move a contact to another list',
			description: 'Move a contact to another contact list; it leaves its current list',
			routing: withPreSend(
				operationRouting({
					method: 'PUT',
					url: CONTACT,
					output: [unwrapData, pairWithInputItem],
				}),
				pathFromIds(`${CONTACT}/transfer/{toListId}`),
			),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a contact',
			description: 'Change fields of a contact',
			routing: withPreSend(
				operationRouting({
					method: 'PUT',
					url: CONTACT,
					output: [unwrapData, pairWithInputItem],
				}),
				pathFromIds(CONTACT),
				sendContactFields({ requireAny: true }),
			),
		},
	],
	default: 'create',
};

export const contactResource: ResourceModule = {
	name: 'Contact',
	value: 'contact',
	description: 'Contacts in your ClickSend contact lists',
	properties: [
		contactOperation,
		...createContactFields,
		...createOrUpdateContactFields,
		...deleteContactFields,
		...getContactFields,
		...getManyContactsFields,
		...updateContactFields,
		...copyContactToListFields,
		...transferContactToListFields,
	],
	customOperations: { upsert: createOrUpdateContact },
};
