import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { templateField } from './shared';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an email template',
	description: 'Delete one of your email templates',
	toolDescription:
		'Delete one ClickSend email template, by its template_id. Returns deleted: true and the templateId.',
};

export const properties: INodeProperties[] = [templateField];

/** DELETE /email/templates/{template_id} → `{ deleted: true, templateId }` (as SMS Template → Delete). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const templateId = readNumericId.call(this, 'templateId', itemIndex, 'Template');
	await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/email/templates/${templateId}`,
		itemIndex,
	});
	return { deleted: true, templateId: String(templateId) };
}
