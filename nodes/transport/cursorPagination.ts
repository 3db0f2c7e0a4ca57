import type { IDataObject } from 'n8n-workflow';

import type { ClickSendContext } from './credentials';
import { clickSendRequest } from './request';
import { asRecord } from './envelope';
import { linkQuery } from './path';

/**
 * ClickSend's newer lists (`GET /own-numbers`, `GET /alpha-tags`) page by cursor instead of page
 * numbers, and answer without the usual envelope (ClickSend's API reference, "List Own Numbers"
 * and "List Alpha Tags"; the spec's examples have the same shape):
 *
 *   { "own_numbers": [...], "_metadata": { "pagination": { "self": "…?offset=A#B&page_size=10",
 *     "next": "…?offset=C#D&page_size=10", "page_size": 10 } } }
 *
 * The next page is asked for with the `offset` of `next`, read with linkQuery (path.ts): the offset
 * holds a `#`.
 */

/** Rows per page: ClickSend's API reference allows 1 to 500 on both lists (the spec 1000 on /alpha-tags). */
export const CURSOR_PAGE_SIZE = 500;

/** A cursor that never ends (a server that repeats links) stops after this many pages. */
export const MAX_CURSOR_PAGES = 100;

export interface CursorRequest {
	/** e.g. `/own-numbers` */
	path: string;
	/** Where the rows are in the answer, e.g. `own_numbers`. */
	key: string;
	/** The list's own query (filters, sort); `page_size` and `offset` are added per page. */
	qs?: IDataObject;
	itemIndex?: number;
}

/** The offset of the next page, or undefined when there is none (no link, or the same page again). */
function nextOffset(pagination: IDataObject | undefined): string | undefined {
	const next = pagination?.next;
	if (typeof next !== 'string' || !next.trim() || next === pagination?.self) return undefined;
	const offset = linkQuery(next)?.offset;
	return typeof offset === 'string' && offset ? offset : undefined;
}

/**
 * Walks a cursor-paged list from its first page and returns all its rows. Every page is its own
 * request through the transport (retried as that page, with its offset). Stops when there is no
 * `next` link, when `next` is the page itself or an offset already asked for, on an empty page,
 * or after MAX_CURSOR_PAGES pages.
 */
export async function clickSendCursorPages(
	this: ClickSendContext,
	request: CursorRequest,
): Promise<IDataObject[]> {
	const rows: IDataObject[] = [];
	const asked = new Set<string>();
	let offset: string | undefined;
	for (let page = 1; page <= MAX_CURSOR_PAGES; page++) {
		const qs: IDataObject = { ...request.qs, page_size: CURSOR_PAGE_SIZE };
		if (offset !== undefined) qs.offset = offset;
		const answer = (await clickSendRequest.call(this, {
			method: 'GET',
			path: request.path,
			qs,
			itemIndex: request.itemIndex,
			envelope: false,
		})) as IDataObject;
		// Tolerate the usual envelope too: then the list is under `data`.
		const body = Array.isArray(answer[request.key]) ? answer : asRecord(answer.data);
		const list = body[request.key];
		if (!Array.isArray(list) || !list.length) return rows;
		rows.push(...(list as IDataObject[]));
		offset = nextOffset(
			(body._metadata as IDataObject | undefined)?.pagination as IDataObject | undefined,
		);
		if (offset === undefined || asked.has(offset)) return rows;
		asked.add(offset);
	}
	return rows;
}
