import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { clickSendLinkPage } from '../../transport/linkPagination';

function label(row: IDataObject): string {
	const strategies = Array.isArray(row.default_sender_strategies)
		? (row.default_sender_strategies as IDataObject[])
		: [];
	const senders = strategies.map((strategy) => String(strategy.sender_id ?? strategy.sender_type));
	return `${String(row.country_code ?? '?')} ${String(row.product_type ?? '')}: ${senders.join(', ') || 'no sender'}`.trim();
}

/**
 * The account's default senders (GET /senders/default-senders, 500 a page, by `next_page_url`),
 * filtered by the typed text; `paginationToken` is the next page's query.
 */
export async function searchDefaultSenders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs = paginationToken ? (JSON.parse(paginationToken) as IDataObject) : { per_page: 500 };
	const page = await clickSendLinkPage.call(this, { path: '/senders/default-senders' }, qs);
	const text = filter?.trim().toLowerCase() ?? '';
	return {
		results: page.rows
			.map((row) => ({ name: label(row), value: String(row.id) }))
			.filter((result) => !text || result.name.toLowerCase().includes(text)),
		paginationToken: page.next ? JSON.stringify(page.next) : undefined,
	};
}
