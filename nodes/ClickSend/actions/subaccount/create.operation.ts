import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import {
	OPTIONAL_FIELDS,
	REQUIRED_FIELDS,
	readSubaccountFields,
	subaccountProperty,
} from './shared';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create a sub-account',
	description: 'Create a sub-account (a user of your ClickSend account with its own API key)',
	toolDescription:
		'Create a ClickSend sub-account: a user under the main account with its own login and API key. Needs api_username, password, email, phone number (international format, e.g. +61411111111), first and last name; optionally what it may access. Returns the new sub-account with its subaccount_id and api_key.',
};

export const properties: INodeProperties[] = [
	...REQUIRED_FIELDS.map((field) => subaccountProperty(field, true)),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: OPTIONAL_FIELDS.map((field) => subaccountProperty(field)),
	},
];

/** POST /subaccounts. A create: never retried after an answer that may mean it was created. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const values: IDataObject = {
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	for (const field of REQUIRED_FIELDS)
		values[field.name] = this.getNodeParameter(field.name, itemIndex, '');
	const body = readSubaccountFields(this.getNode(), values, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/subaccounts',
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
