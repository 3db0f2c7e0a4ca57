import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { emailCampaignLocator } from '../../fields/email';
import { historyFiltersField, readHistoryQuery } from '../../fields/history';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { fail, textOf } from '../../validation/fail';
import { assertOneOf } from '../../validation/input';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Export History',
	value: 'exportHistory',
	action: 'Export a message history as CSV',
	description: 'Get a download link of a message history as a CSV file',
	toolDescription:
		'Make ClickSend export a message history (sms, mms, voice, email, emailCampaign, letter or postcard) as a CSV file, optionally within a date range. Needs the channel (and the email campaign ID for emailCampaign). Returns url: a temporary download link of the CSV file.',
};

/** Each channel's export endpoint (GET <history>/export). */
const EXPORTS: Array<[value: string, name: string, path: string]> = [
	['sms', 'SMS', '/sms/history/export'],
	['mms', 'MMS', '/mms/history/export'],
	['voice', 'Voice', '/voice/history/export'],
	['email', 'Email', '/email/history/export'],
	['emailCampaign', 'Email Campaign', ''],
	['letter', 'Letter', '/post/letters/history/export'],
	['postcard', 'Postcard', '/post/postcards/history/export'],
];

export const properties: INodeProperties[] = [
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		options: EXPORTS.map(([value, name]) => ({ name, value })),
		default: 'sms',
		description: 'Which message history to export',
	},
	{
		...emailCampaignLocator('The email campaign whose history to export'),
		displayName: 'Email Campaign',
		// Not required for the editor: a mapped Channel would make it required for every channel.
		required: false,
		displayOptions: { show: { channel: ['emailCampaign'] } },
	},
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		default: 'history.csv',
		description: 'The name ClickSend gives the CSV file',
		displayOptions: { hide: { channel: ['emailCampaign'] } },
	},
	historyFiltersField(),
];

/**
 * GET <channel>/history/export?filename=… (ClickSend's API reference: `filename` is required for
 * every channel but email campaigns, whose export takes only the dates) → `data.url`. The reference's
 * headings say /post/letters/export and its curl /post/postcards/export; the spec and the other
 * sample of each say …/history/export, which the node uses.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const channel = assertOneOf(
		node,
		this.getNodeParameter('channel', itemIndex, 'sms'),
		'Channel',
		EXPORTS.map(([value]) => value),
		itemIndex,
	);
	// Dates as Unix seconds; Newest First (order_by) only when the user added it.
	const { qs } = readHistoryQuery.call(this, itemIndex);
	let path = EXPORTS.find(([value]) => value === channel)![2];
	if (channel === 'emailCampaign') {
		const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Email Campaign');
		path = apiPath`/email-campaigns/${campaignId}/history/export`;
	} else {
		const fileName = textOf(
			node,
			this.getNodeParameter('fileName', itemIndex, ''),
			'File Name',
			itemIndex,
		).trim();
		if (!fileName || /[\\/]/.test(fileName))
			fail(
				node,
				fileName ? `File Name "${fileName}" is not a file name` : 'File Name is empty',
				'Enter a file name without folders, e.g. history.csv.',
				itemIndex,
			);
		qs.filename = fileName;
	}
	const envelope = await clickSendRequest.call(this, { method: 'GET', path, qs, itemIndex });
	const data = responseData(envelope);
	return { channel, url: data.url, response_msg: envelope.response_msg };
}
