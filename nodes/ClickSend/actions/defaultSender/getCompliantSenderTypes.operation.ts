import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { assertCountryCode } from '../../validation/country';
import { fail } from '../../validation/fail';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Compliant Sender Types',
	value: 'getCompliantSenderTypes',
	action: 'Get the sender types allowed per country',
	description: 'Which kinds of sender may send SMS to each country, and which are blocked',
	toolDescription:
		'Get which kinds of SMS sender (alpha_tag, longcode, tollfree, 10DLC, own_number, shortcode…) ClickSend allows and blocks for recipients in each country. Optionally only for some countries (two-letter codes). Returns one row per recipient country: recipient_country_code, allowed_sender_types (with the countries each sender may be from) and blocked_sender_types.',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Country Names or IDs',
		name: 'countries',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getCountries' },
		default: [],
		description:
			'Recipient countries to look up (IDs are two-letter codes, e.g. AU); none for every country. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

/** At most this many countries per request (the spec's maxItems). */
const MAX_COUNTRIES = 98;

/**
 * GET /senders/compliant-sender-types?filter[product_type]=SMS&filter[country_code][0]=AU…
 * (spec only; ClickSend's API reference has no page on it).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const node = this.getNode();
	const raw = this.getNodeParameter('countries', itemIndex, []) as unknown;
	const values = (Array.isArray(raw) ? raw : String(raw ?? '').split(',')).filter(
		(value) => String(value).trim() !== '',
	);
	const codes = [
		...new Set(values.map((value) => assertCountryCode(node, value, 'Countries', itemIndex))),
	];
	if (codes.length > MAX_COUNTRIES)
		fail(
			node,
			`Countries has ${codes.length} countries`,
			`ClickSend looks up at most ${MAX_COUNTRIES} countries at once: choose fewer, or none for all.`,
			itemIndex,
		);
	const qs: IDataObject = { 'filter[product_type]': 'SMS' };
	codes.forEach((code, index) => (qs[`filter[country_code][${index}]`] = code));
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: '/senders/compliant-sender-types',
		qs,
		itemIndex,
	});
	const data = responseData(envelope);
	return Array.isArray(data.data) ? (data.data as IDataObject[]) : [];
}
