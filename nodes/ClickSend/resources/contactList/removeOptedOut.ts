import type { INodeProperties } from 'n8n-workflow';

import { listLocator } from '../../shared/contactFields';

const show = { show: { resource: ['contactList'], operation: ['removeOptedOut'] } };

export const removeOptedOutFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list to clean up' }),
	listLocator(show, {
		name: 'optOutListId',
		displayName: 'Opt-Out List',
		description: 'The list of people who opted out (ClickSend adds STOP replies to an opt-out list)',
	}),
];
