import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readTemplateContent, templateContentFields } from './shared';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create an SMS template',
	description: 'Save a message text to reuse',
	toolDescription:
		'Save an SMS text as a ClickSend SMS template. Needs a template name and the text. Returns the new template: template_id, template_name, body.',
};

export const properties: INodeProperties[] = templateContentFields;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = readTemplateContent.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/sms/templates',
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
