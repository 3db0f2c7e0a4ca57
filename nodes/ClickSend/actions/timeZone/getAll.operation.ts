import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many time zones',
	description: 'The time zones ClickSend supports',
	toolDescription:
		'List the time zones ClickSend supports (IANA names such as Australia/Sydney). Returns one row per time zone: timezone.',
};

export const properties: INodeProperties[] = [...returnAllFields];

/**
 * GET /timezones. ClickSend's API reference documents page and limit; both its example and the
 * spec's answer with a bare list of names, which the paginator reads as one page.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const rows = (await clickSendAllPages.call(
		this,
		{ path: '/timezones', itemIndex },
		readLimit.call(this, itemIndex),
	)) as unknown[];
	return rows.map((row) =>
		row && typeof row === 'object' ? (row as IDataObject) : { timezone: String(row) },
	);
}
