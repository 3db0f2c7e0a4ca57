import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { historyFiltersField, readHistoryQuery } from '../../fields/history';
import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';

const SIMPLE_FIELDS = [
	'message_id',
	'date',
	'to',
	'from',
	'body',
	'status',
	'status_text',
	'message_parts',
	'message_price',
	'custom_string',
];

/** ClickSend's statuses (the saved values) and their names in the list. */
const STATUSES = [
	{ name: 'Cancelled', value: 'Cancelled' },
	{ name: 'Completed', value: 'Completed' },
	{ name: 'Failed', value: 'Failed' },
	{ name: 'Queued', value: 'Queued' },
	{ name: 'Received', value: 'Received' },
	{ name: 'Scheduled', value: 'Scheduled' },
	{ name: 'Sent', value: 'Sent' },
	{ name: 'Waiting for Approval', value: 'WaitApproval' },
];

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sent SMS',
	description: 'List sent and scheduled SMS from the message history',
	toolDescription:
		'List sent and scheduled SMS from the ClickSend message history, newest first, optionally within a date range or with one status. Returns one row per message: message_id, date (Unix seconds), to, from, body, status, message_price.',
};

export const properties: INodeProperties[] = [
	...returnAllFields,
	historyFiltersField([
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'Sent',
			options: STATUSES,
			description: 'Only messages with this status',
		},
	]),
	simplifyField(SIMPLE_FIELDS),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { qs, filters } = readHistoryQuery.call(this, itemIndex);
	if (filters.status) qs.q = `status:${String(filters.status)}`;
	return await simplifiedRows.call(this, itemIndex, { path: '/sms/history', qs }, SIMPLE_FIELDS);
}
