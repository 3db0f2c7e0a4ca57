import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { assertCountryCode } from '../../validation/country';
import { fail } from '../../validation/fail';
import { assertOneOf, assertPhoneNumber } from '../../validation/input';
import { assertTextLength } from '../../validation/length';
import type { OperationOption } from '../types';
import { countryField } from './shared';

export const option: OperationOption = {
	name: 'Buy',
	value: 'buy',
	action: 'Buy a dedicated number',
	description:
		'Buy a dedicated number. Costs money: your account is charged the setup fee and monthly rental.',
	toolDescription:
		'Buy a dedicated phone number with ClickSend. COSTS MONEY: the account is charged the setup fee and the monthly rental at once. Needs the number in international format (e.g. +61411111111), as found by Search Available, and whether it is for SMS or MMS. Returns dedicated_number, country, price_total.',
};

/**
 * `registration_data` of POST /numbers/buy/{dedicated_number}: the business a number is registered
 * to, for countries that require it (the spec: "AU SMS/MMS numbers only").
 *
 * The field follows ClickSend's OpenAPI spec, the only source that describes it: an optional
 * object of eight fields, all required when it is sent, with the spec's lengths and patterns.
 * ClickSend's API reference and its official Node SDK (`clicksend` 5.1.7,
 * `NumberApi.numbersBuyByDedicatedNumberPost`) send no body at all; they predate the field and say
 * nothing against it. So the node sends `registration_data` only when Registration Data is added,
 * and checks every field before anything is bought.
 */
const REGISTRATION_FIELDS: Array<{
	name: string;
	key: string;
	displayName: string;
	min: number;
	max: number;
	placeholder: string;
}> = [
	{
		name: 'businessName',
		key: 'business_name',
		displayName: 'Business Name',
		min: 2,
		max: 100,
		placeholder: 'e.g. Acme Pty Ltd',
	},
	{
		name: 'businessAddress',
		key: 'business_address',
		displayName: 'Business Address',
		min: 5,
		max: 150,
		placeholder: 'e.g. 242 Exhibition Street',
	},
	{
		name: 'suburb',
		key: 'suburb',
		displayName: 'Suburb or City',
		min: 2,
		max: 50,
		placeholder: 'e.g. Melbourne',
	},
	{
		name: 'state',
		key: 'state',
		displayName: 'State',
		min: 2,
		max: 50,
		placeholder: 'e.g. Victoria',
	},
	{
		name: 'postcode',
		key: 'postcode',
		displayName: 'Postcode',
		min: 2,
		max: 20,
		placeholder: 'e.g. 3000',
	},
	{
		name: 'contactName',
		key: 'contact_name',
		displayName: 'Contact Name',
		min: 2,
		max: 100,
		placeholder: 'e.g. Jane Citizen',
	},
];

export const properties: INodeProperties[] = [
	{
		displayName:
			'Buying a number costs money: ClickSend charges your account the setup fee and the monthly rental straight away. Use Search Available first to see the prices.',
		name: 'buyNotice',
		type: 'notice',
		default: '',
	},
	countryField(
		'The country of the number (two-letter code, e.g. AU). Used to list the numbers you can buy.',
		false,
	),
	{
		displayName: 'Number',
		name: 'dedicatedNumber',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The number to buy, from Search Available. Your account is charged for it.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchAvailableNumbers', searchable: true },
			},
			{
				displayName: 'Number',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. +61411111111',
			},
		],
	},
	{
		displayName: 'Use For',
		name: 'type',
		type: 'options',
		default: 'sms',
		options: [
			{ name: 'SMS', value: 'sms' },
			{ name: 'MMS', value: 'mms' },
		],
		description: 'What the number will send and receive',
	},
	{
		displayName: 'Registration Data',
		name: 'registrationData',
		type: 'fixedCollection',
		placeholder: 'Add Registration Data',
		default: {},
		description:
			'The business the number is registered to, for countries that require it (Australian SMS and MMS numbers)',
		options: [
			{
				displayName: 'Business',
				name: 'business',
				values: [
					...REGISTRATION_FIELDS.map(
						(field): INodeProperties => ({
							displayName: field.displayName,
							name: field.name,
							type: 'string',
							default: '',
							required: true,
							placeholder: field.placeholder,
							description: `${field.min} to ${field.max} characters`,
						}),
					),
					{
						displayName: 'Contact Number',
						name: 'contactNumber',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. +61411111111',
						description: 'Phone number of the contact, in international format',
					},
					{
						displayName: 'Business Country',
						name: 'country',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. AU',
						description: 'Country of the business: two-letter code (or English country name)',
					},
				],
			},
		],
	},
];

/** The checked `registration_data`, or undefined when Registration Data was not added. */
function readRegistration(
	node: INode,
	business: IDataObject | undefined,
	itemIndex: number,
): IDataObject | undefined {
	if (!business || typeof business !== 'object') return undefined;
	const data: IDataObject = {};
	for (const field of REGISTRATION_FIELDS) {
		data[field.key] = assertTextLength(
			node,
			business[field.name],
			`Registration Data → ${field.displayName}`,
			field.min,
			field.max,
			itemIndex,
		);
	}
	const contactNumber = assertPhoneNumber(
		node,
		business.contactNumber,
		'Registration Data → Contact Number',
		itemIndex,
	);
	// The spec's pattern ^\+?[1-9]\d{1,14}$ has no room for a local number's leading 0.
	if (!/^\+?[1-9]\d{1,14}$/.test(contactNumber)) {
		fail(
			node,
			`Registration Data → Contact Number "${contactNumber}" is not in international format`,
			'Use the international format with the country code, e.g. +61411111111.',
			itemIndex,
		);
	}
	data.contact_number = contactNumber;
	data.country = assertCountryCode(
		node,
		business.country,
		'Registration Data → Business Country',
		itemIndex,
	);
	return data;
}

/**
 * POST /numbers/buy/{dedicated_number} with `{dedicated_number, type}` (the spec requires this body;
 * ClickSend's reference sends none) and `registration_data` when added. A send: never retried after
 * an answer that may mean the number was bought (5xx, dropped connection), so it is never bought twice.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const dedicatedNumber = assertPhoneNumber(
		node,
		this.getNodeParameter('dedicatedNumber', itemIndex, '', { extractValue: true }),
		'Number',
		itemIndex,
	);
	const body: IDataObject = {
		dedicated_number: dedicatedNumber,
		type: assertOneOf(
			node,
			this.getNodeParameter('type', itemIndex, 'sms'),
			'Use For',
			['sms', 'mms'],
			itemIndex,
		),
	};
	const registrationData = this.getNodeParameter('registrationData', itemIndex, {}) as IDataObject;
	const registration = readRegistration(
		node,
		registrationData.business as IDataObject | undefined,
		itemIndex,
	);
	if (registration) body.registration_data = registration;
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: apiPath`/numbers/buy/${dedicatedNumber}`,
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
