import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { assertOneOf } from '../../validation/input';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Statistics',
	value: 'getStatistics',
	action: 'Get SMS or voice statistics',
	description: 'Counts and costs of sent, received and bounced messages, in total and per day',
	toolDescription:
		"Get the ClickSend account's SMS or voice statistics: how many messages were sent (outbound), received (inbound, SMS only) and bounced, and what they cost, in total and per day. Needs the channel (sms or voice). Returns total, the per-day rows (date as Unix seconds) and _currency.",
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		options: [
			{ name: 'SMS', value: 'sms' },
			{ name: 'Voice', value: 'voice' },
		],
		default: 'sms',
		description: 'Which messages to count',
	},
];

/**
 * GET /statistics/sms or /statistics/voice (no parameters in the spec or ClickSend's API
 * reference). The per-day rows are `stats` in the spec and `stat` in the reference's SMS example:
 * the answer is returned as ClickSend sends it.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const channel = assertOneOf(
		this.getNode(),
		this.getNodeParameter('channel', itemIndex, 'sms'),
		'Channel',
		['sms', 'voice'],
		itemIndex,
	);
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: `/statistics/${channel}`,
		itemIndex,
	});
	return { channel, ...responseData(envelope) };
}
