import type { INodeProperties } from 'n8n-workflow';

import { historyListFields } from '../../shared/messageFields';

/** SMS → Get Many: the SMS history (GET /sms/history), optionally within a date range. */
export const getManySmsFields: INodeProperties[] = historyListFields('sms', 'getMany', [
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
]);
