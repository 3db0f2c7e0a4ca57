import type { INodeProperties } from 'n8n-workflow';

import { contactLocator, listLocator, simplifyField } from '../../shared/contactFields';

const show = { show: { resource: ['contact'], operation: ['get'] } };

export const getContactFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list the contact is in' }),
	contactLocator(show),
	simplifyField(show),
];
