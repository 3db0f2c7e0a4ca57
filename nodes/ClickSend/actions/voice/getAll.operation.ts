import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { historyFiltersField, readHistoryQuery } from '../../fields/history';
import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';

const SIMPLE_FIELDS = [
	'message_id',
	'date',
	'to',
	'body',
	'voice',
	'lang',
	'status',
	'status_text',
	'message_price',
	'custom_string',
];

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many voice calls',
	description: 'List made and scheduled calls from the voice history',
	toolDescription:
		'List made and scheduled text-to-speech calls from the ClickSend voice history, optionally within a date range. Returns one row per call: message_id, date (Unix seconds), to, body, voice, lang, status, message_price.',
};

export const properties: INodeProperties[] = [
	...returnAllFields,
	historyFiltersField(),
	simplifyField(SIMPLE_FIELDS),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { qs } = readHistoryQuery.call(this, itemIndex);
	return await simplifiedRows.call(this, itemIndex, { path: '/voice/history', qs }, SIMPLE_FIELDS);
}
