import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { idLocator } from '../../fields/locator';
import { fail, textOf } from '../../validation/fail';
import { assertEmail, assertNotEmpty, assertPhoneNumber } from '../../validation/input';

/** What several Sub-Account operations share: its fields with their checks, the picker, Simplify's fields. */

/** A sub-account field: its parameter name, ClickSend's key, how it shows and how it is checked. */
export interface SubaccountField {
	name: string;
	key: string;
	displayName: string;
	kind: 'text' | 'password' | 'email' | 'phone' | 'notes' | 'flag';
	placeholder?: string;
	description: string;
}

/** The six fields ClickSend requires to create a sub-account (ClickSend's API reference, Create Subaccount). */
export const REQUIRED_FIELDS: SubaccountField[] = [
	{
		name: 'apiUsername',
		key: 'api_username',
		displayName: 'API Username',
		kind: 'text',
		placeholder: 'e.g. acme-sms',
		description: 'The username of the sub-account, for signing in and for the API',
	},
	{
		name: 'password',
		key: 'password',
		displayName: 'Password',
		kind: 'password',
		description: 'The password of the sub-account',
	},
	{
		name: 'email',
		key: 'email',
		displayName: 'Email',
		kind: 'email',
		placeholder: 'e.g. test1@test.com',
		description: 'The email address of the sub-account',
	},
	{
		name: 'phoneNumber',
		key: 'phone_number',
		displayName: 'Phone Number',
		kind: 'phone',
		placeholder: 'e.g. +61411111111',
		description: 'The phone number of the sub-account, in international format',
	},
	{
		name: 'firstName',
		key: 'first_name',
		displayName: 'First Name',
		kind: 'text',
		placeholder: 'e.g. Jane',
		description: 'First name of the person using the sub-account',
	},
	{
		name: 'lastName',
		key: 'last_name',
		displayName: 'Last Name',
		kind: 'text',
		placeholder: 'e.g. Citizen',
		description: 'Last name of the person using the sub-account',
	},
];

/** The optional ones: the five documented permission flags (1 or 0) and notes. */
export const OPTIONAL_FIELDS: SubaccountField[] = [
	{
		name: 'accessBilling',
		key: 'access_billing',
		displayName: 'Access Billing',
		kind: 'flag',
		description: 'Whether the sub-account may see and manage billing',
	},
	{
		name: 'accessContacts',
		key: 'access_contacts',
		displayName: 'Access Contacts',
		kind: 'flag',
		description: 'Whether the sub-account may manage contacts and lists',
	},
	{
		name: 'accessReporting',
		key: 'access_reporting',
		displayName: 'Access Reporting',
		kind: 'flag',
		description: 'Whether the sub-account may see reports',
	},
	{
		name: 'accessSettings',
		key: 'access_settings',
		displayName: 'Access Settings',
		kind: 'flag',
		description: 'Whether the sub-account may change account settings',
	},
	{
		name: 'accessUsers',
		key: 'access_users',
		displayName: 'Access Users',
		kind: 'flag',
		description: 'Whether the sub-account may manage users',
	},
	{
		name: 'notes',
		key: 'notes',
		displayName: 'Notes',
		kind: 'notes',
		description: 'Your notes about the sub-account',
	},
];

/** Every field of a sub-account (Update's Update Fields). */
export const SUBACCOUNT_FIELDS = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

/** One field as a node property (`required` for Create's top-level fields). */
export function subaccountProperty(field: SubaccountField, required = false): INodeProperties {
	const property: INodeProperties =
		field.kind === 'flag'
			? {
					displayName: field.displayName,
					name: field.name,
					type: 'boolean',
					default: false,
					description: field.description,
				}
			: {
					displayName: field.displayName,
					name: field.name,
					type: 'string',
					default: '',
					description: field.description,
					...(field.placeholder ? { placeholder: field.placeholder } : {}),
					...(field.kind === 'password' ? { typeOptions: { password: true } } : {}),
					...(field.kind === 'notes' ? { typeOptions: { rows: 2 } } : {}),
				};
	if (required) property.required = true;
	return property;
}

/** A permission flag as ClickSend wants it: 1 or 0. */
function readFlag(node: INode, value: unknown, field: string, itemIndex: number): number {
	if (value === true || value === 1 || value === '1' || value === 'true') return 1;
	if (value === false || value === 0 || value === '0' || value === 'false') return 0;
	const shown = textOf(node, value, field, itemIndex);
	return fail(
		node,
		`${field} "${shown}" is not true or false`,
		`Switch ${field} on or off, or map true or false.`,
		itemIndex,
	);
}

/** Checks one field's value and returns it as ClickSend wants it. */
function readField(
	node: INode,
	field: SubaccountField,
	value: unknown,
	itemIndex: number,
): string | number {
	const label = field.displayName;
	switch (field.kind) {
		case 'email':
			return assertEmail(node, value, label, itemIndex);
		case 'phone':
			return assertPhoneNumber(node, value, label, itemIndex);
		case 'flag':
			return readFlag(node, value, label, itemIndex);
		case 'notes':
			return textOf(node, value, label, itemIndex);
		case 'password':
			return assertNotEmpty(
				node,
				value,
				label,
				`Enter the ${label} of the sub-account.`,
				itemIndex,
			);
		default:
			return assertNotEmpty(
				node,
				value,
				label,
				`Enter the ${label} of the sub-account, or map it from a previous node.`,
				itemIndex,
			).trim();
	}
}

/** The body of the fields present in `values` (parameter name → value), each checked. */
export function readSubaccountFields(
	node: INode,
	values: IDataObject,
	itemIndex: number,
): IDataObject {
	const body: IDataObject = {};
	for (const field of SUBACCOUNT_FIELDS) {
		if (field.name in values)
			body[field.key] = readField(node, field, values[field.name], itemIndex);
	}
	return body;
}

/** What Simplify keeps of a sub-account (ClickSend sends about 25 fields). Never the API key. */
export const SIMPLE_FIELDS = [
	'subaccount_id',
	'api_username',
	'email',
	'phone_number',
	'first_name',
	'last_name',
	'access_users',
	'access_billing',
	'access_reporting',
	'notes',
];

/** The sub-account an operation acts on: picked from the account's sub-accounts, or by ID. */
export function subaccountLocator(description: string): INodeProperties {
	return idLocator({
		displayName: 'Sub-Account',
		name: 'subaccountId',
		description,
		searchListMethod: 'searchSubaccounts',
		example: '126',
		what: 'sub-account',
	});
}

/** Reads and checks the Sub-Account field of one item (a positive whole number). */
export function readSubaccountId(this: IExecuteFunctions, itemIndex: number): number {
	return readNumericId.call(this, 'subaccountId', itemIndex, 'Sub-Account');
}
