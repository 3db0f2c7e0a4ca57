import type { IDataObject } from 'n8n-workflow';

import type { ClickSendContext } from './credentials';
import { asRecord } from './envelope';
import { clickSendRequest } from './request';

/** Page size for Return All: the largest ClickSend allows. */
export const PAGE_SIZE = 100;

/** The smallest page ClickSend accepts (`limit` 15..100). */
export const MIN_PAGE_SIZE = 15;

/** One page of a ClickSend list (`data` of a paginated answer). */
export interface ClickSendPage {
	rows: IDataObject[];
	page: number;
	lastPage: number;
	total?: number;
	/** The page object as ClickSend sent it, for fields beside the rows (e.g. `_currency`). */
	meta?: IDataObject;
}

export interface PagedRequest {
	/** Path of a GET list endpoint, e.g. `/lists`. */
	path: string;
	/** The operation's own query (filters, sort); `page` and `limit` are added per page. */
	qs?: IDataObject;
	itemIndex?: number;
	/**
	 * `false` for lists that ClickSend documents without its envelope (`GET /mms-campaigns`: the page
	 * object itself); such a page is then read as `data`, and an enveloped answer still works.
	 */
	envelope?: boolean;
}

interface RawPage {
	total?: number;
	current_page?: number;
	last_page?: number;
	data?: unknown;
}

/**
 * Requests one page of a list. Each page is its own request through the transport, so a page
 * that fails once is retried as that same page. `pageSize` is clamped to ClickSend's 15..100.
 */
export async function clickSendPage(
	this: ClickSendContext,
	request: PagedRequest,
	page: number,
	pageSize: number = PAGE_SIZE,
): Promise<ClickSendPage> {
	const limit = Math.min(PAGE_SIZE, Math.max(MIN_PAGE_SIZE, Math.floor(pageSize)));
	const envelope = await clickSendRequest.call<
		ClickSendContext,
		Parameters<typeof clickSendRequest>,
		Promise<{ data?: unknown }>
	>(this, {
		method: 'GET',
		path: request.path,
		qs: { ...request.qs, page, limit },
		itemIndex: request.itemIndex,
		envelope: request.envelope,
	});
	// A list documented without the envelope answers with the page itself.
	let data: unknown =
		request.envelope === false && !('response_code' in envelope) ? envelope : envelope.data;
	// The spec's examples of a few lists wrap the page in an array: unwrap it.
	if (
		Array.isArray(data) &&
		data.length === 1 &&
		data[0] &&
		typeof data[0] === 'object' &&
		Array.isArray((data[0] as RawPage).data)
	) {
		data = data[0];
	}
	// A few lists answer with a bare array under `data`: one page holds everything.
	if (Array.isArray(data))
		return { rows: data as IDataObject[], page: 1, lastPage: 1, total: data.length };
	const raw = asRecord(data) as RawPage;
	const rows = (Array.isArray(raw.data) ? raw.data : []) as IDataObject[];
	const lastPage = Number(raw.last_page ?? page);
	return {
		rows,
		page: Number(raw.current_page ?? page),
		lastPage: Number.isFinite(lastPage) ? lastPage : page,
		total: raw.total === undefined ? undefined : Number(raw.total),
		meta: raw as IDataObject,
	};
}

/**
 * Walks a list from page 1 and returns its rows, stopping after the last page or once `limit`
 * rows are in (undefined = Return All, pages of 100). With a limit, pages are just big enough.
 */
export async function clickSendAllPages(
	this: ClickSendContext,
	request: PagedRequest,
	limit?: number,
): Promise<IDataObject[]> {
	const pageSize = limit === undefined ? PAGE_SIZE : limit;
	const rows: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const current = await clickSendPage.call(this, request, page, pageSize);
		rows.push(...current.rows);
		if (limit !== undefined && rows.length >= limit) return rows.slice(0, limit);
		if (page >= current.lastPage || !current.rows.length) return rows;
	}
}
