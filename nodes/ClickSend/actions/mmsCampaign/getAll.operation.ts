import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';
import { SIMPLE_FIELDS } from './shared';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many MMS campaigns',
	description: 'List the MMS campaigns of the account',
	toolDescription:
		'List the MMS campaigns of the ClickSend account. Returns one row per campaign: mms_campaign_id, name, list_id, subject, body, schedule (Unix seconds), status.',
};

export const properties: INodeProperties[] = [...returnAllFields, simplifyField(SIMPLE_FIELDS)];

/**
 * GET /mms-campaigns. The spec and ClickSend's API reference show this page without the envelope
 * (`{ total, current_page, last_page, data }`); both that and an enveloped page are read.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await simplifiedRows.call(
		this,
		itemIndex,
		{ path: '/mms-campaigns', envelope: false },
		SIMPLE_FIELDS,
	);
}
