import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { assertCountryCode } from '../../validation/country';
import type { OperationOption } from '../types';
import { countryField, readStrategies, senderProperties } from './shared';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create a default sender',
	description: 'Choose the sender ClickSend uses for SMS to a country when no From is given',
	toolDescription:
		"Create a ClickSend default sender: the sender ID ClickSend uses for SMS to one recipient country when a message has no From. Needs the recipient country (two-letter code, e.g. AU), the sender type (alpha_tag, own_number, longcode, tollfree, 10DLC, shortcode, shared_longcode) and the sender ID; number types also need the sender's country. Returns the default sender with its id.",
};

export const properties: INodeProperties[] = [
	countryField(
		'Country Name or ID',
		'country',
		'The recipient country this sender is for (the ID is its two-letter code, e.g. AU)',
		true,
	),
	...senderProperties,
];

/** POST /senders/default-senders (spec only; ClickSend's API reference has no page on it). A create: never retried after an answer that may mean it was created. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const country = assertCountryCode(
		this.getNode(),
		this.getNodeParameter('country', itemIndex, ''),
		'Country',
		itemIndex,
	);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/senders/default-senders',
		body: {
			country_code: country,
			product_type: 'SMS',
			default_sender_strategies: readStrategies.call(this, itemIndex),
		},
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
