import type { INodeProperties } from 'n8n-workflow';

import { deletedResult, listOperationRouting, operationRouting } from '../../shared/declarative';
import type { ResourceModule } from '../types';
import { createSmsTemplateFields } from './create';
import { deleteSmsTemplateFields } from './delete';
import { getManySmsTemplatesFields } from './getMany';
import { templateUrl } from './shared';
import { updateSmsTemplateFields } from './update';
import { numericIdParameter, withPreSend } from '../../shared/routing';

const checkTemplateId = numericIdParameter('templateId', 'Template');

const smsTemplateOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['smsTemplate'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create an SMS template',
			description: 'Save a message text to reuse',
			routing: operationRouting({ method: 'POST', url: '/sms/templates' }),
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an SMS template',
			description: 'Delete a saved SMS template',
			routing: withPreSend(
				operationRouting({
					method: 'DELETE',
					url: templateUrl,
					output: [deletedResult('templateId')],
				}),
				checkTemplateId,
			),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many SMS templates',
			description: 'List the saved SMS templates',
			routing: listOperationRouting({ method: 'GET', url: '/sms/templates' }),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an SMS template',
			description: 'Change the name and text of a saved SMS template',
			routing: withPreSend(operationRouting({ method: 'PUT', url: templateUrl }), checkTemplateId),
		},
	],
	default: 'create',
};

export const smsTemplateResource: ResourceModule = {
	name: 'SMS Template',
	value: 'smsTemplate',
	description: 'Saved SMS texts to reuse',
	properties: [
		smsTemplateOperation,
		...createSmsTemplateFields,
		...deleteSmsTemplateFields,
		...getManySmsTemplatesFields,
		...updateSmsTemplateFields,
	],
};
