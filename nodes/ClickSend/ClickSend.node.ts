import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, subtitleExpression } from './actions/resources';
import { router } from './actions/router';
import { methods } from './methods';
import { waitWebhooks } from './waiting/resume';
import { handleWaitingDelivery } from './waiting/webhook';
import { itemWithIsoDates } from '../transport/isoDates';

/**
 * The ClickSend action node. Programmatic: the description is data built from the resources in
 * actions/ (one file per operation), and execute hands over to the router; every request goes
 * through transport/, and every output item gets ISO twins of ClickSend's Unix-seconds dates.
 */
export class ClickSend implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend',
		name: 'clickSend',
		icon: { light: 'file:../../icons/clicksend.svg', dark: 'file:../../icons/clicksend.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: subtitleExpression(),
		description: 'Send SMS, MMS, voice, fax, post and email, and manage contacts with ClickSend',
		defaults: { name: 'ClickSend' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendRestApi', required: true }],
		// SMS → Send and Wait for Response: the resume URL of a waiting execution (waiting/).
		webhooks: waitWebhooks,
		properties: nodeProperties(),
	};

	methods = methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const outputs = await router.call(this);
		return outputs.map((items) => items.map(itemWithIsoDates));
	}

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const response = await handleWaitingDelivery.call(this);
		const { workflowData } = response;
		if (!workflowData) return response;
		return { ...response, workflowData: workflowData.map((items) => items.map(itemWithIsoDates)) };
	}
}
