import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	contactFieldDisplayName,
	contactFieldsCollection,
	readContactBody,
} from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendAllPages } from '../../../transport/pagination';
import { clickSendRequest } from '../../../transport/request';
import { fail } from '../../validation/fail';
import { searchTerm } from '../../validation/search';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Create or Update',
	value: 'upsert',
	action: 'Create or update a contact',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	toolDescription:
		'Create a contact in a ClickSend contact list, or update it when the list already has a contact with the same phone number (or email, with Match By Email). Needs the list ID and the phone number in international format (e.g. +61411111111) or the email. Returns the contact and action: created or updated.',
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list to look in and add to', 'List'),
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		default: 'phone_number',
		description: 'How to recognise the contact when it is already in the list',
		options: [
			{
				name: 'Phone Number',
				value: 'phone_number',
				description: 'The contact with the same phone number',
			},
			{
				name: 'Email',
				value: 'email',
				description: 'The contact with the same email address (any case)',
			},
		],
	},
	contactFieldsCollection(
		'The contact. Must include the field chosen in Match By, e.g. Phone Number +61411111111.',
	),
];

/** The same phone number however written (+61 411 111 111 = +61411111111), the same email in any case. */
function sameValue(field: string, a: unknown, b: unknown): boolean {
	if (a === null || a === undefined || b === null || b === undefined) return false;
	if (field === 'email') return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
	return String(a).replace(/\D/g, '') === String(b).replace(/\D/g, '');
}

/**
 * Per item: finds the contact in the list with ClickSend's search on the Match By field (which
 * may also return partial matches, so the exact one is picked here), updates it when found and
 * creates it otherwise. Outputs ClickSend's contact plus `action: 'created' | 'updated'`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const matchBy = this.getNodeParameter('matchBy', itemIndex, 'phone_number') as string;
	const body = readContactBody.call(this, itemIndex, { requireChannel: true });
	const key = body[matchBy];
	const name = contactFieldDisplayName(matchBy);
	if (key === undefined) {
		fail(
			node,
			`Contact Fields → ${name} is empty, but Match By is ${name}`,
			`Create or Update finds the contact by its ${name.toLowerCase()}. Add ${name} under Contact Fields, or change Match By.`,
			itemIndex,
		);
	}
	const q = searchTerm(node, matchBy, key, `Contact Fields → ${name}`, itemIndex);
	const candidates = await clickSendAllPages.call(this, {
		path: apiPath`/lists/${listId}/contacts`,
		qs: { q },
		itemIndex,
	});
	const existing = candidates.find(
		(row) =>
			row.contact_id !== undefined &&
			row.contact_id !== null &&
			sameValue(matchBy, row[matchBy], key),
	);
	const envelope = existing
		? await clickSendRequest.call(this, {
				method: 'PUT',
				path: apiPath`/lists/${listId}/contacts/${String(existing.contact_id)}`,
				body,
				itemIndex,
			})
		: await clickSendRequest.call(this, {
				method: 'POST',
				path: apiPath`/lists/${listId}/contacts`,
				body,
				itemIndex,
			});
	return { ...responseData(envelope), action: existing ? 'updated' : 'created' };
}
