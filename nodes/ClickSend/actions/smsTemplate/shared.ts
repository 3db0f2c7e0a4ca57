import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNotEmpty } from '../../validation/input';
import { idLocator } from '../../fields/locator';

/** What several SMS Template operations share: the template picker, its name and text with their check. */

/** Template Name + Body (`template_name`, `body`): Create and Update. */
export const templateContentFields: INodeProperties[] = [
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

/** The template an operation works on (`templateId`), picked from the account's templates or given by ID. */
export function templateLocator(description: string): INodeProperties {
	return idLocator({
		displayName: 'Template',
		name: 'templateId',
		description,
		searchListMethod: 'searchSmsTemplates',
		example: '587713',
		what: 'template',
	});
}
