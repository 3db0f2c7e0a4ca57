import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { assertEmail, assertNumericId, assertPhoneNumber } from './validation';

/**
 * What contacts and contact lists share: ClickSend's contact fields (one collection for
 * Create, Update and Create Or Update), their validation, Simplify, the list/contact pickers and
 * the request hooks that put validated IDs into the path.
 */

type ContactFieldKind = 'phone' | 'email' | 'text';

interface ContactField {
	/** ClickSend's field name in contact bodies and responses. */
	name: string;
	displayName: string;
	description: string;
	placeholder?: string;
	kind: ContactFieldKind;
	/** The name ClickSend's import expects in `field_order` (seed docs: "phone", "custom1"…). */
	importName: string;
}

const text = (name: string, displayName: string, description: string, placeholder?: string): ContactField => ({
	name,
	displayName,
	description,
	placeholder,
	kind: 'text',
	importName: name,
});

const custom = (n: number): ContactField => ({
	...text(`custom_${n}`, `Custom ${n}`, `Free text you can use in messages as the custom ${n} placeholder`),
	importName: `custom${n}`,
});

/** Every field of a ClickSend contact that can be written, in ClickSend's own order. */
export const CONTACT_FIELDS: ContactField[] = [
	{
		name: 'phone_number',
		displayName: 'Phone Number',
		description: 'Mobile number in international format. A contact needs a phone number, an email or a fax number.',
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
		description: 'Fax number in international format. A contact needs a phone number, an email or a fax number.',
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
	text('address_country', 'Country', 'Two-letter country code (ISO 3166-1 alpha-2)', 'US'),
	custom(1),
	custom(2),
	custom(3),
	custom(4),
];

const FIELDS_BY_NAME = new Map(CONTACT_FIELDS.map((field) => [field.name, field]));

/** The ways to reach a contact; ClickSend refuses a contact with none of them. */
export const CHANNEL_FIELDS = ['phone_number', 'email', 'fax_number'];

/**
 * `field_order` of a contact import: ClickSend's import names for our contact fields, following
 * the seed docs ("phone", "custom1"…; the OpenAPI spec only says it is a string).
 */
export function importFieldOrder(fields: string[]): string[] {
	return fields.map((name) => FIELDS_BY_NAME.get(name)?.importName ?? name);
}

export function contactFieldDisplayName(name: string): string {
	return FIELDS_BY_NAME.get(name)?.displayName ?? name;
}

/** Options for dropdowns that pick a contact field (import mapping, duplicates, filters). */
export function contactFieldOptions(names: string[] = CONTACT_FIELDS.map((field) => field.name)) {
	return names.map((name) => ({
		name: contactFieldDisplayName(name),
		value: name,
	}));
}

/** The contact fields collection ("Contact Fields"), shown where `displayOptions` says. */
export function contactFieldsCollection(displayOptions: IDisplayOptions, description: string): INodeProperties {
	return {
		displayName: 'Contact Fields',
		name: 'contactFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions,
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
 * The request body of a contact from the Contact Fields collection: empty fields are left out,
 * phone and fax numbers are checked and cleaned, emails checked. With `requireChannel`, one of
 * phone number, email or fax number must be set (ClickSend's rule for a new contact); with
 * `requireAny`, at least one field (an update that changes nothing is a mistake).
 */
export function contactBody(
	node: INode,
	fields: IDataObject,
	itemIndex: number,
	options: { requireChannel?: boolean; requireAny?: boolean } = {},
): IDataObject {
	const body: IDataObject = {};
	for (const [name, raw] of Object.entries(fields ?? {})) {
		const field = FIELDS_BY_NAME.get(name);
		if (!field) continue;
		const value = raw === null || raw === undefined ? '' : String(raw).trim();
		if (value === '') continue;
		const label = `Contact Fields → ${field.displayName}`;
		if (field.kind === 'phone') body[name] = assertPhoneNumber(node, value, label, itemIndex);
		else if (field.kind === 'email') body[name] = assertEmail(node, value, label, itemIndex);
		else body[name] = value;
	}
	if (options.requireAny && !Object.keys(body).length) {
		throw new NodeOperationError(node, 'No contact field to update', {
			description: 'Add the fields to change under Contact Fields, e.g. First Name or Email.',
			itemIndex,
		});
	}
	if (options.requireChannel && !CHANNEL_FIELDS.some((name) => body[name] !== undefined)) {
		throw new NodeOperationError(node, 'The contact has no phone number, email or fax number', {
			description:
				'ClickSend needs at least one way to reach a contact. Add Phone Number, Email or Fax Number under Contact Fields, e.g. +61411111111 or test1@test.com.',
			itemIndex,
		});
	}
	return body;
}

/**
 * One term of ClickSend's search (`q=field:value,…`): commas and colons separate terms, so a value
 * with one is refused (`label` is the field as the user sees it).
 */
export function searchTerm(node: INode, field: string, value: string, label: string, itemIndex: number): string {
	if (/[,:]/.test(value)) {
		throw new NodeOperationError(node, `${label} "${value}" contains a comma or colon`, {
			description: "ClickSend's search separates terms with commas and colons. Remove them from the value.",
			itemIndex,
		});
	}
	return `${field}:${value}`;
}

/** Fields kept by Simplify: who the contact is and how to reach them; custom fields only if set. */
const SIMPLE_CONTACT_FIELDS = ['contact_id', 'list_id', 'phone_number', 'email', 'first_name', 'last_name'];

export function simplifyContact(contact: IDataObject): IDataObject {
	const simple: IDataObject = {};
	for (const name of SIMPLE_CONTACT_FIELDS) if (name in contact) simple[name] = contact[name];
	for (let n = 1; n <= 4; n++) {
		const value = contact[`custom_${n}`];
		if (value !== undefined && value !== null && value !== '') simple[`custom_${n}`] = value;
	}
	return simple;
}

/** The Simplify toggle for operations that output contacts. */
export function simplifyField(displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		displayOptions,
		description:
			'Whether to return a simplified version of the response instead of the raw data: contact ID, list ID, phone number, email, first and last name, and the custom fields that are set',
	};
}



// ---------------------------------------------------------------------------------------------
// Pickers: contact lists and contacts as resource locators

/** The ID parameters of contacts and lists, with the name the user sees. */
export const ID_PARAMETERS: Record<string, string> = {
	listId: 'List',
	contactId: 'Contact',
	toListId: 'To List',
	optOutListId: 'Opt-Out List',
};

/** A contact-list picker: search the account's lists by name, or enter a list ID. */
export function listLocator(
	displayOptions: IDisplayOptions,
	options: { name?: string; displayName?: string; description?: string } = {},
): INodeProperties {
	return {
		displayName: options.displayName ?? 'List',
		name: options.name ?? 'listId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions,
		description: options.description ?? 'The contact list',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a list...',
				typeOptions: {
					searchListMethod: 'searchContactLists',
					searchable: true,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 428',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*\\d+\\s*$',
							errorMessage: 'A list ID is a number, e.g. 428',
						},
					},
				],
			},
		],
	};
}

/** A contact picker within the chosen list (parameter `listId`), or a contact ID. */
export function contactLocator(displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Contact',
		name: 'contactId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions,
		description: 'The contact, in the list chosen above',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a contact...',
				typeOptions: { searchListMethod: 'searchContacts', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 552786',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*\\d+\\s*$',
							errorMessage: 'A contact ID is a number, e.g. 552786',
						},
					},
				],
			},
		],
	};
}

/** Checks the value of an ID parameter (e.g. `listId`) is a ClickSend numeric ID; errors name the field. */
export function checkId(node: INode, name: string, value: unknown, itemIndex: number): number {
	return assertNumericId(node, value, ID_PARAMETERS[name] ?? name, itemIndex);
}

/**
 * preSend: builds the request path from a template such as `/lists/{listId}/contacts/{contactId}`,
 * checking each ID parameter is numeric first (an error names the field).
 */
export function pathFromIds(template: string) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const itemIndex = this.getItemIndex();
		requestOptions.url = template.replace(/\{(\w+)\}/g, (_match, name: string) =>
			String(checkId(this.getNode(), name, this.getNodeParameter(name, undefined, { extractValue: true }), itemIndex)),
		);
		return requestOptions;
	};
}



/**
 * Runs a programmatic operation one input item at a time: each result becomes one output item
 * paired with its input item. With Continue On Fail, a failed item outputs `{ error }` and the
 * others go on; otherwise the error (a NodeApiError/NodeOperationError) stops the node.
 */
export async function forEachItem(
	this: IExecuteFunctions,
	handle: (itemIndex: number) => Promise<IDataObject>,
): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const items = this.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push({
				json: await handle(itemIndex),
				pairedItem: { item: itemIndex },
			});
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.push({
				json: { error: (error as Error).message },
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [output];
}

function asNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}
