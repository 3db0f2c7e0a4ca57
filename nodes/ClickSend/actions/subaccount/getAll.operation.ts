import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';
import { SIMPLE_FIELDS } from './shared';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sub-accounts',
	description: 'List the sub-accounts of your account',
	toolDescription:
		'List the sub-accounts of the ClickSend account. Returns one row per sub-account: subaccount_id, api_username, email, phone_number, first_name, last_name and its access flags.',
};

export const properties: INodeProperties[] = [...returnAllFields, simplifyField(SIMPLE_FIELDS)];

/** GET /subaccounts, page by page (Return All) or up to Limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await simplifiedRows.call(this, itemIndex, { path: '/subaccounts' }, SIMPLE_FIELDS);
}
