import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readTextId } from '../../fields/ids';
import { readLimit, returnAllFields } from '../../fields/returnAll';
import { apiPath } from '../../../transport/path';
import { clickSendLinkPages } from '../../../transport/linkPagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Clicks',
	value: 'getClicks',
	action: 'Get who clicked a short link',
	description: 'Each recipient who opened a short link: how often, when last, from where',
	toolDescription:
		'List the recipients who opened one shortened link of a ClickSend SMS: one row per recipient with open_count, date_opened (Unix seconds), user_geo_country, user_geo_region, user_device, user_browser, user_os and the contact (contact_id, first_name, last_name, phone_number). Needs the long_url_id from Link Tracking → Get Statistics.',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Long URL ID',
		name: 'longUrlId',
		type: 'string',
		default: '',
		required: true,
		placeholder:
			'e.g. quick_sms-26d1bc9a-d858-4b93-9368-1f31377a78c5-5908b13f05e7318be49bd1cb3a693d7c',
		description: 'The long_url_id of the link, from Link Tracking → Get Statistics',
	},
	...returnAllFields,
];

/**
 * GET /short-url/tracking/{long_url_id} (spec only; ClickSend's API reference has no page on it):
 * no envelope, and pages by the `next_page_url` link (see transport/linkPagination.ts).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const longUrlId = readTextId.call(
		this,
		'longUrlId',
		itemIndex,
		'Long URL ID',
		'quick_sms-26d1bc9a-d858-4b93-9368-1f31377a78c5-5908b13f05e7318be49bd1cb3a693d7c',
	);
	return await clickSendLinkPages.call(
		this,
		{ path: apiPath`/short-url/tracking/${longUrlId}`, itemIndex, envelope: false },
		readLimit.call(this, itemIndex),
	);
}
