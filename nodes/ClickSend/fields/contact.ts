import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { assertCountryCode } from '../validation/country';
import { fail, textOf } from '../validation/fail';
import { assertEmail, assertPhoneNumber } from '../validation/input';
import { idLocator } from './locator';
import { simplifyField } from './simplify';

/**
 * What the Contact and Contact List resources share: ClickSend's contact fields (one collection
 * for Create, Update and Create or Update) with their checks, the contact picker, the
 * column names of a CSV import, and the contact Simplify.
 */

type ContactFieldKind = 'phone' | 'email' | 'country' | 'text';

interface ContactField {
	/** ClickSend's field name in contact bodies and responses. */
	name: string;
	displayName: string;
	description: string;
	placeholder?: string;
	kind: ContactFieldKind;
	/** The column name ClickSend's import expects in `field_order` (see importFieldOrder). */
	importName: string;
}

const text = (
	name: string,
	displayName: string,
	description: string,
	placeholder?: string,
): ContactField => ({
	name,
	displayName,
	description,
	placeholder,
	kind: 'text',
	importName: name,
});

const custom = (n: number): ContactField => ({
	...text(
		`custom_${n}`,
		`Custom ${n}`,
		`Free text you can use in messages as the custom ${n} placeholder`,
	),
	importName: `custom${n}`,
});

/** Every field of a ClickSend contact that can be written, in ClickSend's own order. */
export const CONTACT_FIELDS: ContactField[] = [
	{
		name: 'phone_number',
		displayName: 'Phone Number',
		description:
			'Mobile number in international format. A contact needs a phone number, an email or a fax number.',
		placeholder: '+61411111111',
		kind: 'phone',
		importName: 'phone',
	},
	{
		name: 'email',
		displayName: 'Email',
		description: 'Email address. A contact needs a phone number, an email or a fax number.',
		placeholder: 'test1@test.com',
		kind: 'email',
		importName: 'email',
	},
	{
		name: 'fax_number',
		displayName: 'Fax Number',
		description:
			'Fax number in international format. A contact needs a phone number, an email or a fax number.',
		placeholder: '+61261111111',
		kind: 'phone',
		importName: 'fax_number',
	},
	text('first_name', 'First Name', 'Given name', 'John'),
	text('last_name', 'Last Name', 'Family name', 'Doe'),
	text('organization_name', 'Organization Name', 'Company or organization', 'Awesome Company'),
	text(
		'address_line_1',
		'Address Line 1',
		'Street address, needed to send letters and postcards',
		'1554 Buffalo Creek Road',
	),
	text('address_line_2', 'Address Line 2', 'Apartment, suite, unit…'),
	text('address_city', 'City', 'City or suburb', 'Nashville'),
	text('address_state', 'State', 'State or region', 'TN'),
	text('address_postal_code', 'Postal Code', 'Postal or ZIP code', '37214'),
	{
		...text(
			'address_country',
			'Country',
			'Two-letter country code (ISO 3166-1 alpha-2), or an English country name that is sent as its code',
			'US',
		),
		kind: 'country',
	},
	custom(1),
	custom(2),
	custom(3),
	custom(4),
];

const FIELDS_BY_NAME = new Map(CONTACT_FIELDS.map((field) => [field.name, field]));

/** The ways to reach a contact; ClickSend refuses a contact with none of them. */
export const CHANNEL_FIELDS = ['phone_number', 'email', 'fax_number'];

export function contactFieldDisplayName(name: string): string {
	return FIELDS_BY_NAME.get(name)?.displayName ?? name;
}

/** Options for dropdowns that pick a contact field (import columns, duplicates, filters, sort). */
export function contactFieldOptions(names: string[] = CONTACT_FIELDS.map((field) => field.name)) {
	return names.map((name) => ({ name: contactFieldDisplayName(name), value: name }));
}

/**
 * `field_order` of a contact import (`POST /lists/{list_id}/import`): ClickSend's column names
 * for our contact fields, from the strongest evidence:
 * - The names: `phone` and `custom1`…`custom4`, the others as the contact field (`first_name`,
 *   `fax_number`, `address_country`…). Of the samples of ClickSend's API reference that name
 *   columns ("Import Contacts"), six (curl, PHP, C#, Node, Python, Java) list exactly these; only
 *   the two-field Perl sketch writes `phone_number`. ClickSend's Node SDK (clicksend 5.1.7,
 *   `ContactListImport`) types the entries as free strings, so it does not contradict them.
 * - The shape: a list of strings. The SDK (`fieldOrder: Array<string>`) and the reference
 *   (`field_order [string]`) agree; the OpenAPI spec's `string` is the outlier (tests tolerate it).
 */
export function importFieldOrder(fields: string[]): string[] {
	return fields.map((name) => FIELDS_BY_NAME.get(name)?.importName ?? name);
}

/** The Contact Fields collection of Create, Update and Create or Update. */
export function contactFieldsCollection(description: string): INodeProperties {
	return {
		displayName: 'Contact Fields',
		name: 'contactFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description,
		options: CONTACT_FIELDS.map((field) => ({
			displayName: field.displayName,
			name: field.name,
			type: 'string',
			default: '',
			description: field.description,
			...(field.placeholder ? { placeholder: field.placeholder } : {}),
		})),
	};
}

/**
 * Contact → Create's Phone Number, Email and Fax Number, shown above Contact Fields so a new user
 * sees who the contact is (parameter name → ClickSend field). Workflows saved before keep these
 * values in Contact Fields (`contactFields.phone_number`…), which are still read.
 */
const CHANNEL_PARAMETERS: Array<{ parameter: string; field: string }> = [
	{ parameter: 'phoneNumber', field: 'phone_number' },
	{ parameter: 'email', field: 'email' },
	{ parameter: 'faxNumber', field: 'fax_number' },
];

/** The Phone Number, Email and Fax Number fields of Contact → Create. */
export const contactChannelProperties: INodeProperties[] = CHANNEL_PARAMETERS.map(
	({ parameter, field }) => {
		const { displayName, description, placeholder } = FIELDS_BY_NAME.get(field)!;
		return {
			displayName,
			name: parameter,
			type: 'string',
			default: '',
			placeholder: `e.g. ${placeholder}`,
			description,
		};
	},
);

export interface ContactBodyRules {
	/** A new contact: one of phone number, email or fax number must be set (ClickSend's rule). */
	requireChannel?: boolean;
	/** Also read Phone Number, Email and Fax Number from their own fields (contactChannelProperties). */
	channelParameters?: boolean;
	/** An update: at least one field (an update that changes nothing is a mistake). */
	requireAny?: boolean;
}

/**
 * The request body of a contact from the Contact Fields collection: empty fields are left out,
 * phone and fax numbers checked and cleaned, emails checked, the country sent as its two-letter
 * code; an object or list mapped into a field is refused, naming the field.
 */
export function contactBody(
	node: INode,
	fields: IDataObject,
	itemIndex: number,
	rules: ContactBodyRules = {},
	/** The label of a field that came from its own parameter, not from Contact Fields. */
	labels: Record<string, string> = {},
): IDataObject {
	const body: IDataObject = {};
	for (const [name, raw] of Object.entries(fields ?? {})) {
		const field = FIELDS_BY_NAME.get(name);
		if (!field) continue;
		const label = labels[name] ?? `Contact Fields → ${field.displayName}`;
		const value = textOf(node, raw, label, itemIndex).trim();
		if (value === '') continue;
		if (field.kind === 'phone') body[name] = assertPhoneNumber(node, value, label, itemIndex);
		else if (field.kind === 'email') body[name] = assertEmail(node, value, label, itemIndex);
		else if (field.kind === 'country')
			body[name] = assertCountryCode(node, value, label, itemIndex);
		else body[name] = value;
	}
	if (rules.requireAny && !Object.keys(body).length) {
		fail(
			node,
			'No contact field to update',
			'Add the fields to change under Contact Fields, e.g. First Name or Email.',
			itemIndex,
		);
	}
	if (rules.requireChannel && !CHANNEL_FIELDS.some((name) => body[name] !== undefined)) {
		fail(
			node,
			'The contact has no phone number, email or fax number',
			rules.channelParameters
				? 'ClickSend needs at least one way to reach a contact. Fill in Phone Number, Email or Fax Number, e.g. +61411111111 or test1@test.com.'
				: 'ClickSend needs at least one way to reach a contact. Add Phone Number, Email or Fax Number under Contact Fields, e.g. +61411111111 or test1@test.com.',
			itemIndex,
		);
	}
	return body;
}

/**
 * Reads the item's Contact Fields (and with `channelParameters` Phone Number, Email and Fax
 * Number) and returns the checked body (see contactBody). A channel set both in its own field
 * and, differently, in Contact Fields is refused: the user must say which one is meant.
 */
export function readContactBody(
	this: IExecuteFunctions,
	itemIndex: number,
	rules: ContactBodyRules,
): IDataObject {
	const node = this.getNode();
	const fields = { ...(this.getNodeParameter('contactFields', itemIndex, {}) as IDataObject) };
	const labels: Record<string, string> = {};
	for (const { parameter, field } of rules.channelParameters ? CHANNEL_PARAMETERS : []) {
		const label = contactFieldDisplayName(field);
		const own = textOf(node, this.getNodeParameter(parameter, itemIndex, ''), label, itemIndex);
		if (!own.trim()) continue;
		const old = textOf(node, fields[field] ?? '', `Contact Fields → ${label}`, itemIndex);
		if (old.trim() && old.trim() !== own.trim()) {
			fail(
				node,
				`${label} is set twice: "${own.trim()}", and "${old.trim()}" under Contact Fields`,
				`Keep one of them: clear ${label}, or remove ${label} from Contact Fields.`,
				itemIndex,
			);
		}
		fields[field] = own;
		labels[field] = label;
	}
	return contactBody(node, fields, itemIndex, rules, labels);
}

/** A contact picker within the list chosen in `listId` (methods/contacts.ts), or a contact ID. */
export const contactLocator: INodeProperties = idLocator({
	displayName: 'Contact',
	name: 'contactId',
	description: 'The contact, in the list chosen above',
	searchListMethod: 'searchContacts',
	example: '552786',
	what: 'contact',
});

/** Fields kept by Simplify: who the contact is and how to reach them; custom fields only if set. */
const SIMPLE_CONTACT_FIELDS = [
	'contact_id',
	'list_id',
	'phone_number',
	'email',
	'first_name',
	'last_name',
];

export function simplifyContact(contact: IDataObject): IDataObject {
	const simple: IDataObject = {};
	for (const name of SIMPLE_CONTACT_FIELDS) if (name in contact) simple[name] = contact[name];
	for (let n = 1; n <= 4; n++) {
		const value = contact[`custom_${n}`];
		if (value !== undefined && value !== null && value !== '') simple[`custom_${n}`] = value;
	}
	return simple;
}

/** The Simplify toggle of operations that output contacts. */
export const contactSimplifyField: INodeProperties = {
	...simplifyField(SIMPLE_CONTACT_FIELDS),
	description:
		'Whether to return a simplified version of the response instead of the raw data: contact ID, list ID, phone number, email, first and last name, and the custom fields that are set',
};

/** The item's Simplify choice for contacts, as a row mapper. */
export function contactSimplifier(
	this: IExecuteFunctions,
	itemIndex: number,
): (contact: IDataObject) => IDataObject {
	return (this.getNodeParameter('simplify', itemIndex, true) as boolean)
		? simplifyContact
		: (contact) => contact;
}
