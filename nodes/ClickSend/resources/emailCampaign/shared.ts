import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/routing';

/** Fields shared by the Email Campaign operations. */

export const show = (operations: string[]): IDisplayOptions => showFor('emailCampaign', operations);

/** The campaign an operation works on, by its ID (from Send or Get Many). */
export function campaignIdField(operations: string[]): INodeProperties {
	return {
		displayName: 'Campaign ID',
		name: 'campaignId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show(operations),
		placeholder: 'e.g. 64',
		description: 'The email_campaign_id of the campaign, as returned by Send or Get Many',
	};
}

/** A contact list, picked from the account's lists or given by ID. */
export function contactListLocator(displayOptions?: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Contact List',
		name: 'listId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		...(displayOptions ? { displayOptions } : {}),
		description: 'The ClickSend contact list to email. Every contact with an email address gets the campaign.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchContactLists', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 428',
				validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A list ID is a number, e.g. 428' } }],
			},
		],
	};
}

/** `/email-campaigns/{id}` paths; the ID is checked and filled in before the request. */
export const campaignPath = (suffix = ''): string => `/email-campaigns/{id}${suffix}`;

/** What Simplify keeps of a campaign. */
export const SIMPLE_CAMPAIGN_FIELDS = [
	'email_campaign_id',
	'name',
	'subject',
	'list_id',
	'status',
	'schedule',
	'date_added',
	'send_count',
	'open_count',
	'click_count',
];

/** What Simplify keeps of each recipient in a campaign's history. */
export const SIMPLE_CAMPAIGN_HISTORY_FIELDS = [
	'email_campaign_id',
	'message_id',
	'contact_id',
	'to_address',
	'to_name',
	'status',
	'processed_at',
	'open_count',
	'click_count',
	'hard_bounce_count',
];
