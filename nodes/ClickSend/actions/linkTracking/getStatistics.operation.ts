import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../fields/history';
import { readTextId } from '../../fields/ids';
import { responseRows } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Statistics',
	value: 'getStatistics',
	action: 'Get click statistics of the links in an SMS',
	description: 'Clicks on the short links of an SMS sent with Shorten URLs',
	toolDescription:
		"Get the click statistics of the shortened links in one SMS sent with ClickSend's URL shortening. Needs the message_id of the sent SMS. Returns one row per link: long_url_id (for Get Clicks), links (total, opened_unique, opened_total, unopened) and counts by device, os, browser, country and region.",
};

export const properties: INodeProperties[] = [
	messageIdField('The message_id of the SMS whose links to count (from SMS → Send or Get Many)'),
];

/**
 * GET /short-url/statistics/quick_sms/{message_id}. `quick_sms` is the only source the spec
 * allows (an SMS sent with /sms/send); ClickSend's API reference has no page on it. The spec's
 * answer has no envelope: `{ data: [...] }`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const messageId = readTextId.call(this, 'messageId', itemIndex, 'Message ID');
	const answer = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/short-url/statistics/quick_sms/${messageId}`,
		itemIndex,
		envelope: false,
	});
	const rows = responseRows(answer);
	return rows.map((row) => ({ message_id: messageId, ...row }));
}
