import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { clickSendRequest, PAGE_SIZE, type ClickSendPage } from '../shared/transport';

/**
 * Resource-locator search over the account's return addresses (GET /post/return-addresses), a
 * page at a time (`paginationToken` is the next page number). ClickSend has no search on this
 * endpoint, so the filter matches name, first line and city of the rows of the page.
 */
export async function searchReturnAddresses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
	const envelope = await clickSendRequest.call(this, { method: 'GET', path: '/post/return-addresses', qs: { page, limit: PAGE_SIZE } });
	const pageData = (envelope.data ?? {}) as ClickSendPage;
	const rows = pageData.data ?? [];
	const lastPage = pageData.last_page ?? page;
	const label = (address: IDataObject) =>
		[address.address_name, address.address_line_1, address.address_city].filter((part) => part !== undefined && part !== null && part !== '').join(', ');
	const search = filter?.trim().toLowerCase();
	return {
		results: rows
			.filter((address) => !search || label(address).toLowerCase().includes(search))
			.map((address) => ({ name: `${label(address)} (${String(address.return_address_id)})`, value: String(address.return_address_id) })),
		paginationToken: page < lastPage && rows.length ? String(page + 1) : undefined,
	};
}
