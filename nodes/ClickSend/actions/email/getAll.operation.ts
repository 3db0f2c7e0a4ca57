import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { historyFiltersField, readHistoryQuery } from '../../fields/history';
import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';

/** What Simplify keeps of each email in the history. */
const SIMPLE_FIELDS = [
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

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sent emails',
	description: 'List sent and scheduled transactional emails from the history',
	toolDescription:
		'List the transactional emails sent with ClickSend, optionally within a date range. Returns one row per email: message_id, date_added (Unix seconds), to, subject, from_name, status, schedule, price.',
};

/** /email/history filters by date only (ClickSend's API reference): the history filters without Newest First. */
const historyFilters = historyFiltersField();

export const properties: INodeProperties[] = [
	...returnAllFields,
	{
		...historyFilters,
		options: historyFilters.options?.filter((filter) => filter.name !== 'newestFirst'),
	},
	simplifyField(SIMPLE_FIELDS),
];

/** GET /email/history with `date_from` / `date_to` in Unix seconds. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { qs } = readHistoryQuery.call(this, itemIndex);
	return await simplifiedRows.call(this, itemIndex, { path: '/email/history', qs }, SIMPLE_FIELDS);
}
