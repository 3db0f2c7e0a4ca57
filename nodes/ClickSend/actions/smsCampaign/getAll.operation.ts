import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';
import { SIMPLE_FIELDS } from './shared';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many SMS campaigns',
	description: 'List the SMS campaigns of the account',
	toolDescription:
		'List the SMS campaigns of the ClickSend account. Returns one row per campaign: sms_campaign_id, name, list_id, body, schedule (Unix seconds), status.',
};

export const properties: INodeProperties[] = [...returnAllFields, simplifyField(SIMPLE_FIELDS)];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await simplifiedRows.call(this, itemIndex, { path: '/sms-campaigns' }, SIMPLE_FIELDS);
}
