import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { CONTACT_FIELDS, contactFieldOptions } from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { describeValue, fail } from '../../validation/fail';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Remove Duplicates',
	value: 'removeDuplicates',
	action: 'Remove duplicate contacts from a list',
	description: 'Delete contacts that repeat the same values in the chosen fields',
	toolDescription:
		"Delete the contacts of a ClickSend contact list that repeat another contact's values in the chosen fields (by default the phone number); ClickSend keeps one of each. Needs the list ID. Returns ClickSend's count of deleted contacts.",
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list to clean up', 'List'),
	{
		displayName: 'Compare Fields',
		name: 'fields',
		type: 'multiOptions',
		default: ['phone_number'],
		description:
			'Contacts with the same values in all these fields are duplicates; ClickSend keeps one of them',
		options: contactFieldOptions(),
	},
];

const FIELD_NAMES = new Set(CONTACT_FIELDS.map((field) => field.name));

/** Compare Fields as contact field names; a mapped value may also be a comma-separated text. */
function readCompareFields(this: IExecuteFunctions, itemIndex: number): string[] {
	const node = this.getNode();
	const value = this.getNodeParameter('fields', itemIndex, []) as unknown;
	const list = typeof value === 'string' ? value.split(',') : value;
	if (!Array.isArray(list))
		fail(
			node,
			`Compare Fields received ${describeValue(list)}`,
			'Choose the fields from the list, e.g. Phone Number.',
			itemIndex,
		);
	const fields = list
		.map((field) => (typeof field === 'string' ? field.trim() : field))
		.filter((field) => field !== '');
	if (!fields.length)
		fail(
			node,
			'Compare Fields is empty',
			'Choose the fields that make two contacts duplicates, e.g. Phone Number.',
			itemIndex,
		);
	const unknown = fields.find((field) => typeof field !== 'string' || !FIELD_NAMES.has(field));
	if (unknown !== undefined) {
		fail(
			node,
			`Compare Fields has an unknown field ${describeValue(unknown)}`,
			`Use ClickSend's contact field names: ${[...FIELD_NAMES].join(', ')}.`,
			itemIndex,
		);
	}
	return [...new Set(fields as string[])];
}

/**
 * PUT /lists/{list_id}/remove-duplicates with `{ fields: { phone_number: 'phone_number', … } }`.
 *
 * The shape of `fields`: the OpenAPI spec (`remove_duplicate_contacts_request`) and ClickSend's
 * Node SDK (clicksend 5.1.7: `Fields.fields: FieldsFields`, an object keyed by contact field names,
 * serialised as `phone_number`, `custom_1`…) make it an object; the curl, Python and Perl samples
 * of ClickSend's API reference send a list of names; its PHP, C#, Node, Ruby, Java, Objective-C
 * and Swift samples send the SDK's object, mostly with each field's own name as the
 * value (`setPhoneNumber("phone_number")`, as in the spec's example `{first_name: first_name}`).
 * The node sends that object with keys and values both naming the fields: it is what the spec, the
 * SDK and most samples send, and it names the same fields whether ClickSend reads keys or values.
 *
 * Path: without the spec's trailing slash, as the SDK and every reference sample write it.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const fields = readCompareFields.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/lists/${listId}/remove-duplicates`,
		body: { fields: Object.fromEntries(fields.map((field) => [field, field])) },
		itemIndex,
	});
	return responseData(envelope);
}
