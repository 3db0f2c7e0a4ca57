import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendLinkPages } from '../../../transport/linkPagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many default senders',
	description: 'List the default senders of your account',
	toolDescription:
		"List the ClickSend account's default senders: for each recipient country, the sender used when an SMS has no From. Returns one row per default sender: id, country_code, product_type, status, default_sender_strategies.",
};

export const properties: INodeProperties[] = [...returnAllFields];

/** The largest page ClickSend allows (the spec's per_page: 1 to 500). */
const PAGE_SIZE = 500;

/** GET /senders/default-senders, pages of up to 500 following `next_page_url`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const limit = readLimit.call(this, itemIndex);
	return await clickSendLinkPages.call(
		this,
		{
			path: '/senders/default-senders',
			qs: { per_page: Math.min(PAGE_SIZE, limit ?? PAGE_SIZE) },
			itemIndex,
		},
		limit,
	);
}
