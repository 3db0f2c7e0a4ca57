import type { IDataObject } from 'n8n-workflow';

import type { ClickSendContext } from './credentials';
import { asRecord, responseData } from './envelope';
import { linkQuery } from './path';
import { clickSendRequest } from './request';

/**
 * ClickSend's lists that page by link: each page names the next one in `next_page_url`, whose
 * query (`offset`, `per_page` or `limit`, `direction`) is asked for as it is. Default senders
 * (`GET /senders/default-senders`, in the envelope: `data.data[]`, `data.next_page_url`) and
 * short-link clicks (`GET /short-url/tracking/{id}`, no envelope: `data[]`, `next_page_url`).
 * The offset may hold a `#`: the link's query is read with linkQuery (path.ts).
 */

/** A list that never ends (a server repeating its next link) stops after this many pages. */
export const MAX_LINK_PAGES = 100;

export interface LinkPagedRequest {
	path: string;
	/** Query of the first page (e.g. its size); later pages use their link's query. */
	qs?: IDataObject;
	itemIndex?: number;
	/** `false` for lists answered without ClickSend's envelope. */
	envelope?: boolean;
}

export interface LinkPage {
	rows: IDataObject[];
	/** The next page's query, or undefined on the last page. */
	next?: IDataObject;
}

/** One page: `qs` is the first page's query or a previous page's `next`. */
export async function clickSendLinkPage(
	this: ClickSendContext,
	request: LinkPagedRequest,
	qs: IDataObject = request.qs ?? {},
): Promise<LinkPage> {
	const answer = await clickSendRequest.call(this, {
		method: 'GET',
		path: request.path,
		qs,
		itemIndex: request.itemIndex,
		envelope: request.envelope,
	});
	const page = request.envelope === false ? asRecord(answer) : responseData(answer);
	const rows = Array.isArray(page.data) ? (page.data as IDataObject[]) : [];
	const next = linkQuery(page.next_page_url);
	const same = next && JSON.stringify(next) === JSON.stringify(qs);
	return { rows, next: rows.length && !same ? next : undefined };
}

/** Every row of the list, or the first `limit` rows; each page its own request (retried as that page). */
export async function clickSendLinkPages(
	this: ClickSendContext,
	request: LinkPagedRequest,
	limit?: number,
): Promise<IDataObject[]> {
	const rows: IDataObject[] = [];
	const asked = new Set<string>();
	let qs: IDataObject | undefined = request.qs ?? {};
	for (let page = 1; qs && page <= MAX_LINK_PAGES; page++) {
		asked.add(JSON.stringify(qs));
		const current: LinkPage = await clickSendLinkPage.call(this, request, qs);
		rows.push(...current.rows);
		if (limit !== undefined && rows.length >= limit) return rows.slice(0, limit);
		qs = current.next && !asked.has(JSON.stringify(current.next)) ? current.next : undefined;
	}
	return rows;
}
