import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { templateField } from './shared';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get an email template',
	description: 'Get one email template with its HTML body',
	toolDescription:
		'Get one ClickSend email template by its template_id. Returns template_id, template_name, template_id_master (the master template it started from) and its HTML body.',
};

export const properties: INodeProperties[] = [templateField];

/** GET /email/templates/{template_id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const templateId = readNumericId.call(this, 'templateId', itemIndex, 'Template');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/email/templates/${templateId}`,
		itemIndex,
	});
	return responseData(envelope);
}
