import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resources } from './resources';
import type { CustomOperation } from './resources/types';
import { methods } from './methods';

const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: resources.map(({ name, value, description }) => ({ name, value, description })),
	default: 'sms',
};

const customOperations: Record<string, Record<string, CustomOperation>> = {};
for (const resource of resources) {
	if (resource.customOperations) customOperations[resource.value] = resource.customOperations;
}

/**
 * The ClickSend action node. Declarative: each operation's routing lives in
 * resources/<resource>/; operations that must see all items at once (batched sends, uploads)
 * are customOperations.
 */
export class ClickSend implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend',
		name: 'clickSend',
		icon: { light: 'file:../../icons/clicksend.svg', dark: 'file:../../icons/clicksend.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send SMS, MMS, voice, fax, post and email, and manage contacts with ClickSend',
		defaults: { name: 'ClickSend' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendRestApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// Errors reach the shared checkResponse hook, which maps ClickSend's response_code.
			ignoreHttpStatusErrors: true,
		},
		properties: [resourceSelector, ...resources.flatMap((resource) => resource.properties)],
	};

	customOperations = customOperations;

	methods = methods;
}
