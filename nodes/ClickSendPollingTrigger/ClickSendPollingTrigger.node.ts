import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { eventProperty, filterProperties, getDedicatedNumbers } from '../ClickSendTrigger/description';
import { POLLABLE_EVENTS } from '../ClickSendTrigger/events';
import { pollEvents } from './poll';

/**
 * Starts a workflow on ClickSend events by asking ClickSend for new ones on a schedule: for n8n
 * instances the internet cannot reach. Makes sure an automation rule with the action POLL keeps
 * the events at ClickSend (creating one when the account has none).
 */
export class ClickSendPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickSend Polling Trigger',
		name: 'clickSendPollingTrigger',
		icon: { light: 'file:../../icons/clicksend.svg', dark: 'file:../../icons/clicksend.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow on new inbound SMS and SMS, voice and fax delivery receipts, polled from ClickSend',
		defaults: { name: 'ClickSend Polling Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendRestApi', required: true }],
		polling: true,
		properties: [
			{
				displayName:
					'ClickSend keeps these events for polling only while an automation rule with the action "Poll" exists. The first poll reuses such a rule or creates one named "n8n polling: <workflow name>"; it stays after deactivation (delete it under Automations in ClickSend).',
				name: 'pollRuleNotice',
				type: 'notice',
				default: '',
			},
			eventProperty(POLLABLE_EVENTS),
			...filterProperties,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				displayOptions: { show: { event: ['inboundSms', 'smsReceipt'] } },
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

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollEvents.call(this);
	}
}
