import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { clickSendPage, PAGE_SIZE, type ClickSendPage } from '../../transport/pagination';

/** How one picker searches one ClickSend list. */
export interface PagedSearch {
	/** The list endpoint, or a function of the node's current fields (e.g. a list's contacts). */
	path: string | ((this: ILoadOptionsFunctions) => string);
	/** ClickSend's own search for the typed text (e.g. `{ q: 'list_name:abc' }`); without it, each page's rows are filtered by label. */
	query?: (text: string) => IDataObject;
	/** Query sent with every page, e.g. a sort order. */
	qs?: IDataObject;
	/** The entry's name; `page` gives the fields beside the rows (e.g. the page's `_currency`). */
	label: (row: IDataObject, page: ClickSendPage) => string;
	value: (row: IDataObject) => string;
	/** `false` for lists answered without ClickSend's envelope (see PagedRequest). */
	envelope?: boolean;
	/** Orders the rows of each page before they are shown, e.g. verified email addresses first. */
	sort?: (a: IDataObject, b: IDataObject) => number;
}

/** ClickSend's `q=field:value` search; commas and colons would split it. */
export function searchQuery(fields: string[], text: string): IDataObject {
	const term = text.replace(/[,:]/g, ' ');
	const qs: IDataObject = { q: fields.map((field) => `${field}:${term}`).join(',') };
	if (fields.length > 1) qs.operator = 'OR';
	return qs;
}

/**
 * The one searchable-dropdown helper: one page of a ClickSend list per call, filtered by the
 * typed text; `paginationToken` is the next page number, so the editor pages through all of it.
 * A page of which no row matches the typed text (filtered here, without `query`) is skipped: the
 * editor would show an empty list with nothing to scroll for the next page.
 */
export function pagedSearch(search: PagedSearch) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		let page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
		const text = filter?.trim() ?? '';
		const path = typeof search.path === 'function' ? search.path.call(this) : search.path;
		const qs = { ...search.qs, ...(text && search.query ? search.query(text) : {}) };
		const localFilter = text && !search.query ? text.toLowerCase() : '';
		for (;;) {
			const current = await clickSendPage.call(
				this,
				{ path, qs, envelope: search.envelope },
				page,
				PAGE_SIZE,
			);
			const rows = search.sort ? [...current.rows].sort(search.sort) : current.rows;
			const results = rows
				.map((row) => ({ name: search.label(row, current), value: search.value(row) }))
				.filter((result) => !localFilter || result.name.toLowerCase().includes(localFilter));
			const next =
				current.page < current.lastPage && current.rows.length ? current.page + 1 : undefined;
			if (results.length || !localFilter || next === undefined)
				return { results, paginationToken: next === undefined ? undefined : String(next) };
			page = next;
		}
	};
}
