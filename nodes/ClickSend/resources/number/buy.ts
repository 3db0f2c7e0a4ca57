import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { assertPhoneNumber } from '../../shared/validation';
import { showFor } from '../../shared/routing';
import { countryField } from './shared';

/**
 * Number → Buy (POST /numbers/buy/{dedicated_number}): buys a dedicated number. This charges the
 * account (setup fee and the first month). The spec requires a body with `dedicated_number` and
 * `type` (sms|mms); the seed docs send none. The body is sent, as the spec asks.
 */
const show = showFor('number', ['buy']);

export const buyNumberFields: INodeProperties[] = [
	{
		displayName:
			'Buying a number costs money: ClickSend charges your account the setup fee and the monthly rental straight away. Use Search Available first to see the prices.',
		name: 'buyNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	countryField(['buy'], 'The country of the number (two-letter code, e.g. AU). Used to list the numbers you can buy.'),
	{
		displayName: 'Number',
		name: 'dedicatedNumber',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: show,
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
		displayOptions: show,
		options: [
			{ name: 'SMS', value: 'sms' },
			{ name: 'MMS', value: 'mms' },
		],
		description: 'What the number will send and receive',
	},
];

/** preSend: the checked number in the path and the body. */
export async function buyNumberRequest(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('dedicatedNumber', '', { extractValue: true });
	const dedicatedNumber = assertPhoneNumber(this.getNode(), raw, 'Number', this.getItemIndex());
	requestOptions.url = `/numbers/buy/${encodeURIComponent(dedicatedNumber)}`;
	requestOptions.body = { dedicated_number: dedicatedNumber, type: this.getNodeParameter('type', 'sms') as string };
	return requestOptions;
}
