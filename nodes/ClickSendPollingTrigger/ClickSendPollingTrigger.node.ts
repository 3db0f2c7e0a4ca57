import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import {
	eventProperty,
	eventSubtitle,
	filterProperties,
	getDedicatedNumbers,
} from '../ClickSendEvents/description';
import { POLLABLE_EVENTS } from '../ClickSendEvents/events';
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
		subtitle: eventSubtitle(POLLABLE_EVENTS),
		description:
			'Starts the workflow on new inbound SMS and SMS, voice and fax delivery receipts, polled from ClickSend',
		defaults: { name: 'ClickSend Polling Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickSendRestApi', required: true }],
		polling: true,
		properties: [
			{
				displayName:
					'Asks ClickSend for new events on a schedule. It needs an automation rule with the action Poll in ClickSend and creates one if your account has none; the rule stays after you deactivate the workflow.',
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
				placeholder: 'Add Option',
				default: {},
				displayOptions: {
					show: {
						event: POLLABLE_EVENTS.filter((event) => event.markReadPath).map(
							(event) => event.value,
						),
					},
				},
				options: [
					{
						displayName: 'Mark as Read',
						name: 'markAsRead',
						type: 'boolean',
						default: false,
						description:
							"Whether to mark the list read at ClickSend, up to the newest event of each run, once the run's items are built and the poll has read the whole list. It also marks messages the filters leave out.",
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
