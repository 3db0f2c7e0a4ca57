import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { idLocator } from '../../fields/locator';
import { simplifier, simplifyField } from '../../fields/simplify';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { responseData } from '../../../transport/envelope';

/** What Simplify keeps of a sub-account (ClickSend sends about 25 fields). Never the API key. */
export const SIMPLE_FIELDS = [
	'subaccount_id',
	'api_username',
	'email',
	'phone_number',
	'first_name',
	'last_name',
	'access_users',
	'access_billing',
	'access_reporting',
	'notes',
];

/** The sub-account an operation acts on: picked from the account's sub-accounts, or by ID. */
export function subaccountLocator(description: string): INodeProperties {
	return idLocator({
		displayName: 'Sub-Account',
		name: 'subaccountId',
		description,
		searchListMethod: 'searchSubaccounts',
		example: '126',
		what: 'sub-account',
	});
}

/** Reads and checks the Sub-Account field of one item (a positive whole number). */
export function readSubaccountId(this: IExecuteFunctions, itemIndex: number): number {
	return readNumericId.call(this, 'subaccountId', itemIndex, 'Sub-Account');
}

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
