import type { INodeProperties } from 'n8n-workflow';

import { contactLocator, listLocator } from '../../shared/contactFields';

/** Fields of Copy To List and Transfer To List: from list, contact, to list. */
export function moveContactFields(operation: string, verb: string): INodeProperties[] {
	const show = { show: { resource: ['contact'], operation: [operation] } };
	return [
		listLocator(show, {
			displayName: 'From List',
			description: 'The contact list the contact is in now',
		}),
		contactLocator(show),
		listLocator(show, {
			name: 'toListId',
			displayName: 'To List',
			description: `The contact list to ${verb} the contact to`,
		}),
	];
}

export const copyContactToListFields = moveContactFields('copyToList', 'copy');
