import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { clickSendRequest, type ClickSendPage } from '../shared/transport';

export interface PagedSearch {
	path: string;
	/** Field searched with ClickSend's `q=field:value`. */
	searchField: string;
	idField: string;
}

/**
 * One page of a resource-locator search over a paginated ClickSend list (`paginationToken` is
 * the next page number). ClickSend's spec sometimes wraps the page in an array: both shapes work.
 */
export async function searchPagedList(
	this: ILoadOptionsFunctions,
	search: PagedSearch,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
	const qs: IDataObject = { page, limit: 100 };
	const text = filter?.trim();
	if (text) qs.q = `${search.searchField}:${text.replace(/[,:]/g, ' ')}`;
	const envelope = await clickSendRequest.call(this, { method: 'GET', path: search.path, qs });
	const data = envelope.data as ClickSendPage | ClickSendPage[] | undefined;
	const pageData = (Array.isArray(data) ? data[0] : data) ?? {};
	const rows = pageData.data ?? [];
	const lastPage = pageData.last_page ?? page;
	return {
		results: rows.map((row) => ({
			name: `${String(row[search.searchField] ?? '')} (${String(row[search.idField])})`,
			value: String(row[search.idField]),
		})),
		paginationToken: page < lastPage && rows.length ? String(page + 1) : undefined,
	};
}

function pagedSearch(search: PagedSearch) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchPagedList.call(this, search, filter, paginationToken);
	};
}

/** Resource-locator search over the account's SMS templates (GET /sms/templates), by name. */
export const searchSmsTemplates = pagedSearch({ path: '/sms/templates', searchField: 'template_name', idField: 'template_id' });

/** Resource-locator search over the account's SMS campaigns (GET /sms-campaigns), by name. */
export const searchSmsCampaigns = pagedSearch({ path: '/sms-campaigns', searchField: 'name', idField: 'sms_campaign_id' });
