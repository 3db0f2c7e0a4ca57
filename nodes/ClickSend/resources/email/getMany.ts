import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';
import { dateQuery } from './shared';
import { showFor } from '../../shared/routing';

/** Email → Get Many: the transactional email history (GET /email/history), optionally within a date range. */
export const getManyEmailsFields: INodeProperties[] = [
	...listFields('email', 'getMany'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('email', ['getMany']),
		options: [
			{
				displayName: 'Sent After',
				name: 'dateFrom',
				type: 'dateTime',
				default: '',
				description: 'Only emails sent at or after this time',
			},
			{
				displayName: 'Sent Before',
				name: 'dateTo',
				type: 'dateTime',
				default: '',
				description: 'Only emails sent at or before this time',
			},
		],
	},
];

/** preSend: the date range as Unix seconds (`date_from`, `date_to`). */
export const emailHistoryDates = dateQuery([
	{ parameter: 'filters.dateFrom', label: 'Sent After', key: 'date_from' },
	{ parameter: 'filters.dateTo', label: 'Sent Before', key: 'date_to' },
]);

/** What Simplify keeps of each email in the history. */
export const SIMPLE_EMAIL_FIELDS = [
	'message_id',
	'date_added',
	'to',
	'subject',
	'from_email_address_id',
	'from_name',
	'status',
	'status_text',
	'schedule',
	'price',
];
