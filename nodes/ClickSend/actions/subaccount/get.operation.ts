import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifier, simplifyField } from '../../fields/simplify';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { SIMPLE_FIELDS, readSubaccountId, subaccountLocator } from './shared';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get a sub-account',
	description: 'Get one sub-account',
	toolDescription:
		'Get one sub-account of the ClickSend account by its subaccount_id. Returns subaccount_id, api_username, email, phone_number, first_name, last_name and its access flags.',
};

export const properties: INodeProperties[] = [
	subaccountLocator('The sub-account to get'),
	simplifyField(SIMPLE_FIELDS),
];

/** GET /subaccounts/{subaccount_id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readSubaccountId.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/subaccounts/${id}`,
		itemIndex,
	});
	const subaccount = responseData(envelope);
	return simplifier.call(this, itemIndex, SIMPLE_FIELDS)(subaccount);
}
