import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { templateLocator } from './shared';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get an SMS template',
	description: 'Get one saved SMS template',
	toolDescription:
		'Get one ClickSend SMS template by its template_id (a number). Returns template_id, template_name and body (the saved text).',
};

export const properties: INodeProperties[] = [templateLocator('The SMS template to get')];

/** GET /sms/templates/{template_id} (spec and the newest SMS reference; not in the older full reference). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const templateId = readNumericId.call(this, 'templateId', itemIndex, 'Template');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/sms/templates/${templateId}`,
		itemIndex,
	});
	return responseData(envelope);
}
