import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import {
	eventProperty,
	eventSubtitle,
	filterProperties,
	getDedicatedNumbers,
} from '../ClickSendEvents/description';
import { TRIGGER_EVENTS } from '../ClickSendEvents/events';
import { handleDelivery } from './delivery';
import { checkExists, create, remove } from './webhook';

/**
 * Starts a workflow instantly on ClickSend events: registers a ClickSend automation rule that
 * calls this node's webhook URL (with a per-activation secret) while the workflow is active, or
 * while the editor listens for a test event. For n8n instances the internet cannot reach, the
 * ClickSend Polling Trigger reads ClickSend's event lists instead.
 */
export class ClickSendTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend Trigger',
		name: 'clickSendTrigger',
		icon: { light: 'file:../../icons/clicksend.svg', dark: 'file:../../icons/clicksend.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventSubtitle(TRIGGER_EVENTS),
		description:
			'Starts the workflow instantly on inbound SMS or fax and on SMS, voice, fax and email delivery receipts',
		defaults: { name: 'ClickSend Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendRestApi', required: true }],
		webhooks: [
			{
				name: 'default',
				// n8n 2.x splits a comma list into one webhook per method (WebhookService.getNodeWebhooks):
				// ClickSend posts JSON or form bodies, or sends the event as a GET query.
				httpMethod: 'GET,POST',
				responseMode: 'onReceived',
				// n8n 2.41 answers a delivery that starts a run with `responseData` when it is set
				// (default 'firstEntryJson', sent as that literal text), else with the webhookResponse
				// webhook() returns: '' makes it the fixed acknowledgement of delivery.ts.
				responseData: '',
				path: 'webhook',
				ndvHideMethod: true,
			},
		],
		properties: [
			{
				displayName:
					'ClickSend must be able to reach this n8n instance. Otherwise use the ClickSend Polling Trigger (inbound SMS and SMS, voice and fax receipts).',
				name: 'reachabilityNotice',
				type: 'notice',
				default: '',
			},
			eventProperty(TRIGGER_EVENTS),
			...filterProperties,
		],
	};

	methods = {
		loadOptions: { getDedicatedNumbers },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await remove.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleDelivery.call(this);
	}
}
