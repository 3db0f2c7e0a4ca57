import type { ILoadOptionsFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { clickSendAllPages } from '../transport/pagination';
import { eventsWithFilter, type TriggerEvent } from './events';

// Parameters and dropdowns of the ClickSend Trigger and the ClickSend Polling Trigger.

/** Dropdown of the account's dedicated numbers (`GET /numbers`, every page), "All Numbers" first. */
export async function getDedicatedNumbers(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const numbers = await clickSendAllPages.call(this, { path: '/numbers' });
	const options: INodePropertyOptions[] = [
		{ name: 'All Numbers', value: '*', description: 'Any of your dedicated numbers' },
	];
	for (const number of numbers) {
		const value = String(number.dedicated_number ?? '');
		if (!value) continue;
		const details = [number.type, number.notes].filter(
			(part) => part !== undefined && part !== null && part !== '',
		);
		options.push({ name: details.length ? `${value} (${details.join(', ')})` : value, value });
	}
	return options;
}

/** The Event selector over `events`; `action` names the trigger in n8n's node panel. */
export function eventProperty(events: TriggerEvent[]): INodeProperties {
	return {
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: events.map(({ name, value, action, description }) => ({
			name,
			value,
			action,
			description,
		})),
		default: 'inboundSms',
	};
}

/** The canvas subtitle: the chosen event's action ("On inbound SMS"), not its saved value. */
export function eventSubtitle(events: TriggerEvent[]): string {
	const actions = Object.fromEntries(events.map(({ value, action }) => [value, action]));
	return `={{ (${JSON.stringify(actions)})[$parameter["event"]] ?? $parameter["event"] }}`;
}

/** Inbound filters: Dedicated Number (inbound SMS and fax), Message Match and Match Text (SMS). */
export const filterProperties: INodeProperties[] = [
	{
		displayName: 'Dedicated Number Name or ID',
		name: 'dedicatedNumber',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDedicatedNumbers' },
		default: '*',
		description:
			'Only messages to this dedicated number. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { event: eventsWithFilter('dedicatedNumber') } },
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
		displayOptions: { show: { event: eventsWithFilter('messageMatch') } },
	},
	{
		displayName: 'Match Text',
		name: 'messageSearchTerm',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. STOP',
		description: 'The text the message is compared with (not case-sensitive)',
		displayOptions: {
			show: { event: eventsWithFilter('messageMatch'), messageSearchType: [1, 2, 3] },
		},
	},
];
