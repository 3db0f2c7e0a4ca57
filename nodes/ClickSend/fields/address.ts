import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../execution/parameters';
import { assertCountryCode } from '../validation/country';
import { textOf } from '../validation/fail';
import { assertNotEmpty, assertNumericId } from '../validation/input';
import { idLocator } from './locator';

/**
 * Postal addresses: the fields of Return Address (Create, Update) and of the recipients of Letter
 * and Postcard, the Return Address picker, and their readers. ClickSend needs a name, line 1,
 * city, postal code and country; line 2 and state are optional (ClickSend's API reference, Create Return
 * Address). Country is sent as the two-letter code; an English country name is turned into it.
 */

interface AddressField {
	/** The node parameter, e.g. `addressLine1`. */
	name: string;
	/** ClickSend's field, e.g. `address_line_1`. */
	key: string;
	displayName: string;
	required: boolean;
	placeholder: string;
	description: string;
}

export const ADDRESS_FIELDS: AddressField[] = [
	{
		name: 'addressName',
		key: 'address_name',
		displayName: 'Name',
		required: true,
		placeholder: 'e.g. John Smith',
		description: 'The name of the person or company at this address',
	},
	{
		name: 'addressLine1',
		key: 'address_line_1',
		displayName: 'Address Line 1',
		required: true,
		placeholder: 'e.g. 123 Test St',
		description: 'Street and number',
	},
	{
		name: 'addressLine2',
		key: 'address_line_2',
		displayName: 'Address Line 2',
		required: false,
		placeholder: 'e.g. Unit 4',
		description: 'Unit, floor or building (optional)',
	},
	{
		name: 'addressCity',
		key: 'address_city',
		displayName: 'City',
		required: true,
		placeholder: 'e.g. Perth',
		description: 'City or suburb',
	},
	{
		name: 'addressState',
		key: 'address_state',
		displayName: 'State',
		required: false,
		placeholder: 'e.g. WA',
		description: 'State, province or region (optional)',
	},
	{
		name: 'addressPostalCode',
		key: 'address_postal_code',
		displayName: 'Postal Code',
		required: true,
		placeholder: 'e.g. 6000',
		description: 'Postal code or ZIP code',
	},
	{
		name: 'addressCountry',
		key: 'address_country',
		displayName: 'Country',
		required: true,
		placeholder: 'e.g. AU',
		description:
			'Two-letter country code, e.g. AU, US, GB (an English country name such as "Australia" also works)',
	},
];

/** The address fields as top-level node fields (map them from the previous node, one address per item). */
export function addressFields(): INodeProperties[] {
	return ADDRESS_FIELDS.map((field) => ({
		displayName: field.displayName,
		name: field.name,
		type: 'string',
		default: '',
		required: field.required,
		placeholder: field.placeholder,
		description: field.description,
	}));
}

/** The address fields as options of an "Update Fields" collection (all optional, sorted by name). */
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

/**
 * Checks an address given by parameter name (`addressCity`…) and returns it with ClickSend's keys
 * (`address_city`…): required fields not empty, no object or list mapped into a field, Country
 * as a two-letter code. Empty optional fields are left out.
 */
export function checkAddress(node: INode, values: IDataObject, itemIndex: number): IDataObject {
	const address: IDataObject = {};
	for (const field of ADDRESS_FIELDS) {
		const text = textOf(node, values[field.name], field.displayName, itemIndex).trim();
		if (field.key === 'address_country') {
			address[field.key] = assertCountryCode(node, text, field.displayName, itemIndex);
		} else if (field.required) {
			const howToFix = `ClickSend needs the ${field.displayName.toLowerCase()} of every address. Fill it in or map it from the previous node.`;
			address[field.key] = assertNotEmpty(node, text, field.displayName, howToFix, itemIndex);
		} else if (text) {
			address[field.key] = text;
		}
	}
	return address;
}

/** Reads the top-level address fields of one item (see addressFields) and checks them. */
export function readAddress(node: INode, read: ParameterReader, itemIndex: number): IDataObject {
	const values: IDataObject = {};
	for (const field of ADDRESS_FIELDS) values[field.name] = read(field.name, itemIndex, '');
	return checkAddress(node, values, itemIndex);
}

/** A return address, picked from the account's return addresses or given by ID. */
export function returnAddressLocator(description: string): INodeProperties {
	return idLocator({
		displayName: 'Return Address',
		name: 'returnAddressId',
		description,
		searchListMethod: 'searchReturnAddresses',
		example: '14',
		what: 'return address',
	});
}

/** The Return Address of one item, checked (empty, whitespace, objects, non-numeric, unsafe integers). */
export function readReturnAddressId(node: INode, read: ParameterReader, itemIndex: number): number {
	return assertNumericId(
		node,
		read('returnAddressId', itemIndex, '', { extractValue: true }),
		'Return Address',
		itemIndex,
	);
}
