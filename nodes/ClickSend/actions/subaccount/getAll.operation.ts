import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { simplifier, simplifyField } from '../../fields/simplify';
import { clickSendAllPages } from '../../../transport/pagination';
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
	const rows = await clickSendAllPages.call(
		this,
		{ path: '/subaccounts', itemIndex },
		readLimit.call(this, itemIndex),
	);
	return rows.map(simplifier.call(this, itemIndex, SIMPLE_FIELDS));
}
