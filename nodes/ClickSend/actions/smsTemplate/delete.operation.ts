import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { templateLocator } from './shared';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an SMS template',
	description: 'Delete a saved SMS template',
	toolDescription:
		'Delete one ClickSend SMS template. Needs the template_id (a number). Returns deleted: true and the templateId.',
};

export const properties: INodeProperties[] = [templateLocator('The SMS template to delete')];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const templateId = readNumericId.call(this, 'templateId', itemIndex, 'Template');
	await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/sms/templates/${templateId}`,
		itemIndex,
	});
	return { deleted: true, templateId: String(templateId) };
}
