import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';
import { showFor } from './shared';

/** SMS → Get Many: the SMS history (GET /sms/history), optionally within a date range. */
export const getManySmsFields: INodeProperties[] = [
	...listFields('sms', 'getMany'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('sms', ['getMany']),
		options: [
			{
				displayName: 'Sent After',
				name: 'dateFrom',
				type: 'dateTime',
				default: '',
				description: 'Only messages sent at or after this time',
			},
			{
				displayName: 'Sent Before',
				name: 'dateTo',
				type: 'dateTime',
				default: '',
				description: 'Only messages sent at or before this time',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'Sent',
				options: ['Cancelled', 'Completed', 'Failed', 'Queued', 'Received', 'Scheduled', 'Sent', 'WaitApproval'].map(
					(status) => ({ name: status, value: status }),
				),
				routing: { send: { type: 'query', property: 'q', value: '=status:{{ $value }}' } },
			},
			{
				displayName: 'Newest First',
				name: 'newestFirst',
				type: 'boolean',
				default: true,
				description: 'Whether to list the most recent messages first',
				routing: { send: { type: 'query', property: 'order_by', value: '={{ $value ? "date:desc" : "date:asc" }}' } },
			},
		],
	},
];
