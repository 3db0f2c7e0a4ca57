import type { INodeProperties } from 'n8n-workflow';

import { listLocator } from '../../shared/contactFields';

export const getContactListFields: INodeProperties[] = [
	listLocator({ show: { resource: ['contactList'], operation: ['get'] } }),
];
