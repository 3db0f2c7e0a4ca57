import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiPath } from '../../transport/path';
import { pagedSearch } from './pagedSearch';

function availableNumbersPath(this: ILoadOptionsFunctions): string {
	const country = String(this.getCurrentNodeParameter('country') ?? '').trim();
	if (!/^[A-Za-z]{2}$/.test(country)) {
		throw new NodeOperationError(this.getNode(), 'Choose a Country first', {
			description:
				'Enter the two-letter code of the country (e.g. AU) in the Country field to list its numbers.',
		});
	}
	return apiPath`/numbers/search/${country.toUpperCase()}`;
}

/**
 * Dedicated numbers available to buy in the country of the node's Country field
 * (GET /numbers/search/{country}), page by page; typed digits narrow the search. Each entry shows
 * the prices, in the currency of the page (`data._currency`).
 */
export const searchAvailableNumbers = pagedSearch({
	path: availableNumbersPath,
	query: (text) => {
		const digits = text.replace(/\D/g, '');
		return digits ? { search: digits, search_type: 1 } : {};
	},
	label: (row, page) => {
		const currency = ((page.meta?._currency ?? {}) as IDataObject).currency_name_short;
		const monthly = `${String(row.price_monthly ?? '?')}${currency ? ` ${String(currency)}` : ''}`;
		return `${String(row.dedicated_number)} (setup ${String(row.price_setup ?? '?')}, ${monthly}/month)`;
	},
	value: (row) => String(row.dedicated_number),
});
