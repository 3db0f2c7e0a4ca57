import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';
import { SIMPLE_FIELDS } from './shared';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many email campaigns',
	description: 'List your email campaigns',
	toolDescription:
		'List the email campaigns of the ClickSend account. Returns one row per campaign: email_campaign_id, name, subject, list_id, status, schedule and counts of sends, opens and clicks.',
};

export const properties: INodeProperties[] = [...returnAllFields, simplifyField(SIMPLE_FIELDS)];

/** GET /email-campaigns. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await simplifiedRows.call(this, itemIndex, { path: '/email-campaigns' }, SIMPLE_FIELDS);
}
