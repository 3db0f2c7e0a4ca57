import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { readTextId } from '../../fields/ids';
import { idLocator } from '../../fields/locator';
import { assertCountryCode } from '../../validation/country';
import { fail, textOf } from '../../validation/fail';
import { assertOneOf } from '../../validation/input';
import { assertMaxLength } from '../../validation/length';

/**
 * What the Default Sender operations share: the picker, the Country field and the sender (the
 * "strategy": type, ID, its country, a note) with its checks. Default senders exist for SMS only
 * (the spec's only product_type) and hold exactly one strategy (minItems = maxItems = 1).
 */

export function defaultSenderLocator(description: string): INodeProperties {
	return idLocator({
		displayName: 'Default Sender',
		name: 'defaultSenderId',
		description,
		searchListMethod: 'searchDefaultSenders',
		example: 'f99872cc-11a6-48ba-a9f2-bcfb6dd1e3d4',
		what: 'default sender',
		textIds: true,
	});
}

export function readDefaultSenderId(this: IExecuteFunctions, itemIndex: number): string {
	return readTextId.call(
		this,
		'defaultSenderId',
		itemIndex,
		'Default Sender',
		'f99872cc-11a6-48ba-a9f2-bcfb6dd1e3d4',
	);
}

/** A country picked from ClickSend's list (methods/countries.ts), or a code or name mapped in. */
export function countryField(
	displayName: string,
	name: string,
	description: string,
	required = false,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCountries' },
		default: '',
		required,
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** The sender types of the spec's strategy schema, in ClickSend's words. */
const SENDER_TYPES: Array<[value: string, name: string]> = [
	['alpha_tag', 'Alpha Tag'],
	['own_number', 'Own Number'],
	['longcode', 'Dedicated Number (Long Code)'],
	['tollfree', 'Toll-Free Number'],
	['10DLC', '10DLC Number'],
	['shortcode', 'Short Code'],
	['shared_longcode', 'Shared Number'],
];

/** Types whose sender must name its country (the spec's sender_country_code). */
const NEEDS_SENDER_COUNTRY = ['own_number', 'longcode', 'tollfree', '10DLC'];

export const senderProperties: INodeProperties[] = [
	{
		displayName: 'Sender Type',
		name: 'senderType',
		type: 'options',
		options: SENDER_TYPES.map(([value, name]) => ({ name, value })).sort((a, b) =>
			a.name.localeCompare(b.name),
		),
		default: 'alpha_tag',
		description: 'What kind of sender ClickSend uses',
	},
	{
		displayName: 'Sender ID',
		name: 'senderId',
		type: 'string',
		default: '',
		placeholder: 'e.g. ClickSend or +61411111111',
		description:
			'The alpha tag (3–11 letters and digits) or number (2–15 digits, + allowed; a short code 3–8 digits). Empty for a shared number.',
		displayOptions: { hide: { senderType: ['shared_longcode'] } },
	},
	{
		...countryField(
			'Sender Country Name or ID',
			'senderCountry',
			'Where the sender number is from (the ID is its two-letter code); required for own, dedicated, toll-free and 10DLC numbers and for +1 numbers',
		),
		displayOptions: { hide: { senderType: ['alpha_tag', 'shortcode', 'shared_longcode'] } },
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		default: '',
		description: 'Your note about this default sender (at most 200 characters)',
	},
];

/** Checks a sender ID against its type's format (the spec's `sender_id` description). */
function checkSenderId(node: INode, type: string, senderId: string, itemIndex: number): string {
	const formats: Record<string, [RegExp, string]> = {
		alpha_tag: [
			/^(?=.*[A-Za-z+])[A-Za-z0-9+]{3,11}$/,
			'3 to 11 letters and digits with at least one letter, e.g. ClickSend',
		],
		shortcode: [/^\d{3,8}$/, '3 to 8 digits, e.g. 12345'],
	};
	if (type === 'shared_longcode') return senderId;
	const [pattern, expected] = formats[type] ?? [
		/^\+?\d{2,15}$/,
		'2 to 15 digits, + allowed, e.g. +61411111111',
	];
	if (!pattern.test(senderId))
		fail(
			node,
			senderId ? `Sender ID "${senderId}" does not fit the sender type` : 'Sender ID is empty',
			`A sender of this type is ${expected}.`,
			itemIndex,
		);
	return senderId;
}

/** The item's `default_sender_strategies` (exactly one), checked. */
export function readStrategies(this: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const node = this.getNode();
	const type = assertOneOf(
		node,
		this.getNodeParameter('senderType', itemIndex, 'alpha_tag'),
		'Sender Type',
		SENDER_TYPES.map(([value]) => value),
		itemIndex,
	);
	const raw = textOf(
		node,
		this.getNodeParameter('senderId', itemIndex, ''),
		'Sender ID',
		itemIndex,
	).trim();
	const senderId = checkSenderId(
		node,
		type,
		type === 'alpha_tag' ? raw : raw.replace(/[\s().-]/g, ''),
		itemIndex,
	);
	const strategy: IDataObject = { sender_type: type, sender_id: senderId };
	const country = textOf(
		node,
		this.getNodeParameter('senderCountry', itemIndex, ''),
		'Sender Country',
		itemIndex,
	).trim();
	if (country)
		strategy.sender_country_code = assertCountryCode(node, country, 'Sender Country', itemIndex);
	else if (NEEDS_SENDER_COUNTRY.includes(type) || senderId.startsWith('+1'))
		fail(
			node,
			'Sender Country is empty',
			'Pick the country of the sender number: ClickSend needs it for own, dedicated, toll-free and 10DLC numbers and for +1 numbers.',
			itemIndex,
		);
	const note = textOf(node, this.getNodeParameter('note', itemIndex, ''), 'Note', itemIndex).trim();
	if (note) strategy.note = assertMaxLength(node, note, 'Note', 200, itemIndex);
	return [strategy];
}
