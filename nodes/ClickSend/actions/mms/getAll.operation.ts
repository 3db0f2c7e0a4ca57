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
	'subject',
	'body',
	'status',
	'status_text',
	'message_price',
	'custom_string',
];

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sent MMS',
	description: 'List sent and scheduled MMS from the message history',
	toolDescription:
		'List sent and scheduled MMS from the ClickSend message history, optionally within a date range. Returns one row per message: message_id, date (Unix seconds), to, from, subject, body, status, message_price.',
};

export const properties: INodeProperties[] = [
	...returnAllFields,
	historyFiltersField(),
	simplifyField(SIMPLE_FIELDS),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { qs } = readHistoryQuery.call(this, itemIndex);
	return await simplifiedRows.call(this, itemIndex, { path: '/mms/history', qs }, SIMPLE_FIELDS);
}
