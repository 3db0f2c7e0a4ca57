import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	checkId,
	contactBody,
	contactFieldDisplayName,
	contactFieldsCollection,
	forEachItem,
	listLocator,
} from '../../shared/contactFields';
import { clickSendRequest, clickSendRequestAllPages } from '../../shared/transport';

const show = { show: { resource: ['contact'], operation: ['upsert'] } };

export const createOrUpdateContactFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list to look in and add to' }),
	{
		displayName: 'Match By',
		name: 'matchBy',
		type: 'options',
		default: 'phone_number',
		displayOptions: show,
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
		show,
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
 * The contact of the list whose `field` equals `value`, found with ClickSend's search (which may
 * also return partial matches, so the exact one is picked here), or undefined.
 */
async function findContact(
	this: IExecuteFunctions,
	listId: number,
	field: string,
	value: string,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const rows = (await clickSendRequestAllPages.call(this, {
		path: `/lists/${listId}/contacts`,
		qs: { q: `${field}:${value}` },
		itemIndex,
	})) as IDataObject[];
	return rows.find((row) => sameValue(field, row[field], value));
}

/**
 * Create Or Update: per item, find the contact in the list by phone number or email, update it
 * when found, create it otherwise. Outputs ClickSend's contact plus `action: 'created' | 'updated'`.
 */
export async function createOrUpdateContact(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const node = this.getNode();
	return await forEachItem.call(this, async (itemIndex) => {
		const listId = checkId(
			node,
			'listId',
			this.getNodeParameter('listId', itemIndex, undefined, {
				extractValue: true,
			}),
			itemIndex,
		);
		const matchBy = this.getNodeParameter('matchBy', itemIndex) as string;
		const fields = this.getNodeParameter('contactFields', itemIndex, {}) as IDataObject;
		const body = contactBody(node, fields, itemIndex, { requireChannel: true });
		const key = body[matchBy];
		if (key === undefined) {
			const name = contactFieldDisplayName(matchBy);
			throw new NodeOperationError(node, `Contact Fields → ${name} is empty, but Match By is ${name}`, {
				description: `Create Or Update finds the contact by its ${name.toLowerCase()}. Add ${name} under Contact Fields, or change Match By.`,
				itemIndex,
			});
		}
		const existing = await findContact.call(this, listId, matchBy, String(key), itemIndex);
		const envelope = existing
			? await clickSendRequest.call(this, {
					method: 'PUT',
					path: `/lists/${listId}/contacts/${String(existing.contact_id)}`,
					body,
					itemIndex,
				})
			: await clickSendRequest.call(this, {
					method: 'POST',
					path: `/lists/${listId}/contacts`,
					body,
					itemIndex,
				});
		return {
			...(envelope.data ?? {}),
			action: existing ? 'updated' : 'created',
		};
	});
}
