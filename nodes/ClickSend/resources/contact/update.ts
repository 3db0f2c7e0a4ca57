import type { INodeProperties } from 'n8n-workflow';

import { contactFieldsCollection, contactLocator, listLocator } from '../../shared/contactFields';

const show = { show: { resource: ['contact'], operation: ['update'] } };

export const updateContactFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list the contact is in' }),
	contactLocator(show),
	contactFieldsCollection(show, 'The fields to change. Fields you leave out keep their value.'),
];
