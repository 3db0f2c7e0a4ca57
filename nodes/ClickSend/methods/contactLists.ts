import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { clickSendRequest, type ClickSendPage } from '../shared/transport';

/** Lists per search page: ClickSend's largest page. */
const SEARCH_PAGE_SIZE = 100;

/**
 * Resource-locator search over the account's contact lists (GET /lists), filtered by list name
 * with ClickSend's `q` search, a page at a time (`paginationToken` is the next page number).
 * Shared by every field that picks a contact list (contacts, list operations, sending to a list).
 */
export async function searchContactLists(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
	const qs: IDataObject = {
		page,
		limit: SEARCH_PAGE_SIZE,
		order_by: 'list_name:asc',
	};
	const search = filter?.trim();
	if (search) qs.q = `list_name:${search.replace(/[,:]/g, ' ')}`;
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: '/lists',
		qs,
	});
	const pageData = (envelope.data ?? {}) as ClickSendPage;
	const rows = pageData.data ?? [];
	const lastPage = pageData.last_page ?? page;
	return {
		results: rows.map((list) => ({
			name: `${String(list.list_name ?? '')} (${String(list.list_id)})`,
			value: String(list.list_id),
		})),
		paginationToken: page < lastPage && rows.length ? String(page + 1) : undefined,
	};
}
