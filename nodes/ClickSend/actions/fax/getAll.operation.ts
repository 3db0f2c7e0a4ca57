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
	'status',
	'status_text',
	'message_pages',
	'message_price',
	'custom_string',
	'schedule',
];

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sent faxes',
	description: 'List sent and scheduled faxes from the fax history',
	toolDescription:
		'List sent and scheduled faxes from the ClickSend fax history, optionally within a date range. Returns one row per fax: message_id, to, from, status, message_pages, message_price, custom_string.',
};

/**
 * Sent After / Sent Before only: the fax history documents its sort as `order` by `date_added`,
 * not the `order_by=date:…` that Newest First sends for the other histories.
 */
const filters = historyFiltersField();
filters.options = filters.options?.filter((filter) => filter.name !== 'newestFirst');

export const properties: INodeProperties[] = [
	...returnAllFields,
	filters,
	simplifyField(SIMPLE_FIELDS),
];

/** GET /fax/history with `date_from` / `date_to` as Unix seconds. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { qs } = readHistoryQuery.call(this, itemIndex);
	return await simplifiedRows.call(this, itemIndex, { path: '/fax/history', qs }, SIMPLE_FIELDS);
}
