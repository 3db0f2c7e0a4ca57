import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { idLocator } from '../../fields/locator';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { assertNotEmpty } from '../../validation/input';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create an email template',
	description: "Save a new email template, started from one of ClickSend's master templates",
	toolDescription:
		"Create an email template in ClickSend from one of ClickSend's master templates (designs to start from). Needs a name for the template and the template_id_master of the master template. Returns the new template: template_id, template_name, template_id_master and its HTML body.",
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Template Name',
		name: 'templateName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Monthly newsletter',
		description: 'A name to find the template by in ClickSend',
	},
	idLocator({
		displayName: 'Master Template',
		name: 'masterTemplateId',
		description:
			"The ClickSend master template (a ready-made design) the new template starts from. Change its content afterwards with Update or in ClickSend's editor.",
		searchListMethod: 'searchMasterEmailTemplates',
		example: '57',
		what: 'master template',
	}),
];

/** POST /email/templates {template_name, template_id_master}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const templateName = assertNotEmpty(
		node,
		this.getNodeParameter('templateName', itemIndex, ''),
		'Template Name',
		'Give the template a name, e.g. Monthly newsletter.',
		itemIndex,
	).trim();
	const masterId = readNumericId.call(this, 'masterTemplateId', itemIndex, 'Master Template');
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/email/templates',
		body: { template_name: templateName, template_id_master: masterId },
		itemIndex,
	});
	return responseData(envelope);
}
