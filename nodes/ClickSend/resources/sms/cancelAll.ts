import type { INodeProperties } from 'n8n-workflow';
import { showFor } from '../../shared/routing';


/** SMS → Cancel All: cancels every scheduled SMS, or only those with a custom string. */
export const cancelAllSmsFields: INodeProperties[] = [
	{
		displayName: 'Only With Custom String',
		name: 'customString',
		type: 'string',
		default: '',
		displayOptions: showFor('sms', ['cancelAll']),
		description: 'Cancel only the scheduled messages sent with this Custom String. Leave empty to cancel all scheduled SMS.',
		routing: { send: { type: 'body', property: 'custom_string', value: '={{ $value || undefined }}' } },
	},
];
