import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifier, simplifyField } from '../../fields/simplify';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

/** What Simplify keeps of the account: who it is, its balance and its defaults. */
const SIMPLE_FIELDS = [
	'user_id',
	'username',
	'user_email',
	'account_name',
	'balance',
	'_currency',
	'country',
	'default_country_sms',
	'timezone',
	'active',
];

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get the account',
	description: 'Get the details and balance of the ClickSend account the credential belongs to',
	toolDescription:
		'Get the ClickSend account the credential belongs to: its balance and currency, country, timezone and default settings. Needs nothing. Use it to check the remaining credit before sending.',
};

export const properties: INodeProperties[] = [simplifyField(SIMPLE_FIELDS)];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: '/account',
		itemIndex,
	});
	const account = responseData(envelope);
	return simplifier.call(this, itemIndex, SIMPLE_FIELDS)(account);
}
