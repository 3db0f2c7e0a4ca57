import type { INodeProperties } from 'n8n-workflow';

import { listLocator } from '../../shared/contactFields';
import { listNameField } from './create';

const show = { show: { resource: ['contactList'], operation: ['update'] } };

export const updateContactListFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list to rename' }),
	listNameField('update', 'The new name of the list'),
];
