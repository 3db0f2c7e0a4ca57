import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clickSendRequest, type ClickSendPage } from '../shared/transport';

/**
 * Resource-locator search over the dedicated numbers available to buy in the country chosen in
 * the node's Country field (GET /numbers/search/{country}), a page at a time. Typed digits
 * narrow the search to numbers containing them. Each entry shows the prices.
 */
export async function searchAvailableNumbers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const country = String(this.getCurrentNodeParameter('country') ?? '').trim();
	if (!/^[A-Za-z]{2}$/.test(country)) {
		throw new NodeOperationError(this.getNode(), 'Choose a Country first', {
			description: 'Enter the two-letter code of the country (e.g. AU) in the Country field to list its numbers.',
		});
	}
	const page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
	const qs: IDataObject = { page, limit: 100 };
	const digits = filter?.replace(/\D/g, '');
	if (digits) Object.assign(qs, { search: digits, search_type: 1 });
	const envelope = await clickSendRequest.call(this, { method: 'GET', path: `/numbers/search/${country.toUpperCase()}`, qs });
	const pageData = (envelope.data ?? {}) as ClickSendPage & { _currency?: IDataObject };
	const currency = pageData._currency?.currency_name_short ? ` ${String(pageData._currency.currency_name_short)}` : '';
	const rows = pageData.data ?? [];
	return {
		results: rows.map((row) => ({
			name: `${String(row.dedicated_number)} (setup ${String(row.price_setup ?? '?')}, ${String(row.price_monthly ?? '?')}${currency}/month)`,
			value: String(row.dedicated_number),
		})),
		paginationToken: page < (pageData.last_page ?? page) && rows.length ? String(page + 1) : undefined,
	};
}
