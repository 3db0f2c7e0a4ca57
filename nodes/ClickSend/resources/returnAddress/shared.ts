import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idLocatorField } from '../../shared/routing';
import { assertCountryCode, assertNotEmpty, assertNumericId } from '../../shared/validation';

/**
 * Postal address fields, shared by Return Address (Create, Update) and the recipients of
 * Letter and Postcard. ClickSend needs a name, line 1, city, postal code and a two-letter
 * country; line 2 and state are optional (seed docs, Create Return Address).
 */

interface AddressField {
	name: string;
	key: string;
	displayName: string;
	required: boolean;
	placeholder: string;
	description: string;
}

export const ADDRESS_FIELDS: AddressField[] = [
	{ name: 'addressName', key: 'address_name', displayName: 'Name', required: true, placeholder: 'e.g. John Smith', description: 'The name of the person or company at this address' },
	{ name: 'addressLine1', key: 'address_line_1', displayName: 'Address Line 1', required: true, placeholder: 'e.g. 123 Test St', description: 'Street and number' },
	{ name: 'addressLine2', key: 'address_line_2', displayName: 'Address Line 2', required: false, placeholder: 'e.g. Unit 4', description: 'Unit, floor or building (optional)' },
	{ name: 'addressCity', key: 'address_city', displayName: 'City', required: true, placeholder: 'e.g. Perth', description: 'City or suburb' },
	{ name: 'addressState', key: 'address_state', displayName: 'State', required: false, placeholder: 'e.g. WA', description: 'State, province or region (optional)' },
	{ name: 'addressPostalCode', key: 'address_postal_code', displayName: 'Postal Code', required: true, placeholder: 'e.g. 6000', description: 'Postal code or ZIP code' },
	{ name: 'addressCountry', key: 'address_country', displayName: 'Country', required: true, placeholder: 'e.g. AU', description: 'Two-letter country code, e.g. AU, US, GB' },
];

/** The address fields as top-level node fields (map them from the previous node, one address per item). */
export function addressFields(displayOptions: IDisplayOptions): INodeProperties[] {
	return ADDRESS_FIELDS.map((field) => ({
		displayName: field.displayName,
		name: field.name,
		type: 'string',
		default: '',
		required: field.required,
		displayOptions,
		placeholder: field.placeholder,
		description: field.description,
	}));
}

/** The address fields as options of an "Update Fields" collection (all optional). */
export function addressFieldOptions(): INodeProperties[] {
	return [...ADDRESS_FIELDS]
		.sort((a, b) => a.displayName.localeCompare(b.displayName))
		.map((field) => ({
			displayName: field.displayName,
			name: field.name,
			type: 'string',
			default: '',
			placeholder: field.placeholder,
			description: field.description,
		}));
}

/** Checks an address (field names as the user sees them) and returns it with ClickSend's keys. */
export function checkAddress(this: IExecuteFunctions, values: IDataObject, itemIndex: number): IDataObject {
	const node = this.getNode();
	const address: IDataObject = {};
	for (const field of ADDRESS_FIELDS) {
		const raw = values[field.name];
		const text = raw === undefined || raw === null ? '' : String(raw).trim();
		if (field.key === 'address_country') {
			address[field.key] = assertCountryCode(node, text, field.displayName, itemIndex);
		} else if (field.required) {
			address[field.key] = assertNotEmpty(node, text, field.displayName, `ClickSend needs the ${field.displayName.toLowerCase()} of every address. Fill it in or map it from the previous node.`, itemIndex).trim();
		} else if (text) {
			address[field.key] = text;
		}
	}
	return address;
}

/** Reads the top-level address fields of one item (see addressFields) and checks them. */
export function readAddress(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const values: IDataObject = {};
	for (const field of ADDRESS_FIELDS) values[field.name] = this.getNodeParameter(field.name, itemIndex, '') as string;
	return checkAddress.call(this, values, itemIndex);
}

/** A return address, picked from the account's return addresses or given by ID. */
export function returnAddressField(displayOptions: IDisplayOptions, description: string): INodeProperties {
	return idLocatorField({
		displayName: 'Return Address',
		name: 'returnAddressId',
		displayOptions,
		description,
		searchListMethod: 'searchReturnAddresses',
		exampleId: '14',
		what: 'return address',
	});
}

/** The return address ID of one item, checked. */
export function readReturnAddressId(this: IExecuteFunctions, itemIndex: number): number {
	return assertNumericId(this.getNode(), this.getNodeParameter('returnAddressId', itemIndex, '', { extractValue: true }), 'Return Address', itemIndex);
}
