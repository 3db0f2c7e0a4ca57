import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseDataOrMessage } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readTemplateContent, templateContentFields, templateLocator } from './shared';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update an SMS template',
	description: 'Change the name and text of a saved SMS template',
	toolDescription:
		'Change the name and text of a ClickSend SMS template. Needs the template_id (a number), the new template name and the new text. Returns the updated template.',
};

export const properties: INodeProperties[] = [
	templateLocator('The SMS template to change'),
	...templateContentFields,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const templateId = readNumericId.call(this, 'templateId', itemIndex, 'Template');
	const body = readTemplateContent.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/sms/templates/${templateId}`,
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
