import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clickSendRequest } from '../../../transport/request';
import { assertNotEmpty } from '../../validation/input';
import type { OperationOption } from '../types';
import { responseDataOrMessage } from '../../../transport/envelope';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create an SMS template',
	description: 'Save a message text to reuse',
	toolDescription:
		'Save an SMS text as a ClickSend SMS template. Needs a template name and the text. Returns the new template: template_id, template_name, body.',
};

/** Template Name + Body (`template_name`, `body`), shared with Update. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Template Name',
		name: 'templateName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Order shipped',
		description: 'A name to find the template by',
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		placeholder: 'e.g. Hi [First Name], your order has shipped.',
		description: 'The text of the template',
	},
];

/** The request body of Create and Update: `{ template_name, body }`, both checked. */
export function readTemplateContent(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	return {
		template_name: assertNotEmpty(
			node,
			this.getNodeParameter('templateName', itemIndex, ''),
			'Template Name',
			'Give the template a name, e.g. "Order shipped".',
			itemIndex,
		).trim(),
		body: assertNotEmpty(
			node,
			this.getNodeParameter('body', itemIndex, ''),
			'Body',
			'Type the text of the template.',
			itemIndex,
		),
	};
}

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
