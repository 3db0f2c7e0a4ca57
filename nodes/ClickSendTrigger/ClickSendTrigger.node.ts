import type {
	IDataObject,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { clickSendRequestAllPages } from '../ClickSend/shared/transport';
import { TRIGGER_EVENTS } from './events';
import { pollEvents } from './poll';
import { checkExists, create, handleDelivery, remove, takeTestDelivery, testDeliveryKey } from './webhook';

async function getDedicatedNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const numbers = await clickSendRequestAllPages.call<ILoadOptionsFunctions, [{ path: string }], Promise<IDataObject[]>>(
		this,
		{ path: '/numbers' },
	);
	const options: INodePropertyOptions[] = [{ name: 'All Numbers', value: '*', description: 'Any of your dedicated numbers' }];
	for (const number of numbers) {
		const value = String(number.dedicated_number ?? '');
		if (!value) continue;
		const details = [number.type, number.notes].filter((part) => part !== undefined && part !== null && part !== '');
		options.push({ name: details.length ? `${value} (${details.join(', ')})` : value, value });
	}
	return options;
}

/**
 * Starts a workflow on ClickSend events. Webhook mode registers a ClickSend automation rule that
 * posts to this node's URL (with a per-activation secret) while the workflow is active; polling
 * mode reads ClickSend's unread-event lists for n8n instances the internet cannot reach.
 */
export class ClickSendTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend Trigger',
		name: 'clickSendTrigger',
		icon: { light: 'file:../../icons/clicksend.svg', dark: 'file:../../icons/clicksend.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] + " (" + $parameter["mode"] + ")"}}',
		description: 'Starts the workflow on inbound SMS or fax and on SMS, voice, fax and email delivery receipts',
		defaults: { name: 'ClickSend Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendRestApi', required: true }],
		polling: true,
		webhooks: [
			{
				name: 'default',
				// Both methods: ClickSend posts JSON or form bodies, or sends the event as a GET query.
				// No webhook at all in polling mode (n8n skips an empty method).
				httpMethod: '={{$parameter["mode"] === "polling" ? "" : "GET,POST"}}',
				responseMode: 'onReceived',
				path: 'webhook',
				ndvHideUrl: '={{$parameter["mode"] === "polling"}}',
				ndvHideMethod: true,
			},
		],
		properties: [
			{
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Webhook (Instant)',
						value: 'webhook',
						description:
							'ClickSend calls this n8n instance as events happen (n8n must be reachable from the internet)',
					},
					{
						name: 'Polling',
						value: 'polling',
						description: 'N8n asks ClickSend for new events on a schedule (works behind a firewall)',
					},
				],
				default: 'webhook',
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: TRIGGER_EVENTS.map(({ name, value, description }) => ({ name, value, description })),
				default: 'inboundSms',
			},
			{
				displayName:
					'Polling reads unread events that a ClickSend automation rule with the action "Poll" keeps (Automations in the ClickSend dashboard). Inbound Fax and Email Delivery Receipt are webhook only.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { mode: ['polling'] } },
			},
			{
				displayName: 'Dedicated Number Name or ID',
				name: 'dedicatedNumber',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getDedicatedNumbers' },
				default: '*',
				description:
					'Only messages to this dedicated number. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				displayOptions: { show: { event: ['inboundSms', 'inboundFax'] } },
			},
			{
				displayName: 'Message Match',
				name: 'messageSearchType',
				type: 'options',
				options: [
					{ name: 'Any Message', value: 0 },
					{ name: 'Contains', value: 2 },
					{ name: 'Does Not Contain', value: 3 },
					{ name: 'Starts With', value: 1 },
				],
				default: 0,
				description: 'Only messages whose text matches',
				displayOptions: { show: { event: ['inboundSms'] } },
			},
			{
				displayName: 'Match Text',
				name: 'messageSearchTerm',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. STOP',
				description: 'The text the message is compared with (not case-sensitive)',
				displayOptions: { show: { event: ['inboundSms'], messageSearchType: [1, 2, 3] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				displayOptions: { show: { mode: ['polling'], event: ['inboundSms', 'smsReceipt'] } },
				options: [
					{
						displayName: 'Mark As Read',
						name: 'markAsRead',
						type: 'boolean',
						default: false,
						description:
							'Whether to mark the events as read at ClickSend after they start a run, which keeps the unread list short',
					},
				],
			},
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

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		if (this.getNodeParameter('mode') === 'polling') return await pollEvents.call(this);
		if (this.getMode() !== 'manual') return null;
		// Webhook mode, manual run: n8n executes this node after a test delivery reached webhook().
		const items = takeTestDelivery(testDeliveryKey(this.getWorkflow().id, this.getNode().name));
		if (items) return [items];
		throw new NodeOperationError(this.getNode(), 'No test event from ClickSend reached this node', {
			description:
				'In Webhook mode, click "Listen for test event" and make ClickSend deliver an event (send an SMS to your number, or use ClickSend\'s test endpoints), or switch Mode to Polling to fetch the latest event.',
		});
	}
}
