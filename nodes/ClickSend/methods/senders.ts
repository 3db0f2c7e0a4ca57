import type {
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { clickSendAllPages } from '../../transport/pagination';
import { clickSendCursorPages } from '../../transport/cursorPagination';

/**
 * The sender IDs this account may send from, every page of each source: dedicated numbers
 * (GET /numbers, pages of 100), verified own numbers (GET /own-numbers) and approved alpha tags
 * (GET /alpha-tags). Each source is asked separately; one that fails (e.g. a feature the account
 * does not have) is left out, so the dropdown still offers the others. Only when every source
 * fails is the error shown.
 */
async function dedicatedNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const rows = await clickSendAllPages.call(this, { path: '/numbers' });
	return rows
		.filter((row) => row.dedicated_number)
		.map((row) => ({
			name: `${String(row.dedicated_number)} (dedicated number${row.country ? `, ${String(row.country)}` : ''})`,
			value: String(row.dedicated_number),
		}));
}

/** Verified own numbers: every page of GET /own-numbers (cursor pages, see transport/cursorPagination.ts). */
async function ownNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const rows = await clickSendCursorPages.call(this, { path: '/own-numbers', key: 'own_numbers' });
	return rows
		.filter((row) => row.phone_number && (row.status === undefined || row.status === 'APPROVED'))
		.map((row) => ({
			name: `${String(row.phone_number)} (own number${row.label ? `, ${String(row.label)}` : ''})`,
			value: String(row.phone_number),
		}));
}

/** Approved alpha tags: every page of GET /alpha-tags (cursor pages). */
async function alphaTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const rows = await clickSendCursorPages.call(this, { path: '/alpha-tags', key: 'alpha_tags' });
	return rows
		.filter((row) => row.alpha_tag && (row.status === undefined || row.status === 'APPROVED'))
		.map((row) => ({ name: `${String(row.alpha_tag)} (alpha tag)`, value: String(row.alpha_tag) }));
}

export async function getSenders(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const settled = await Promise.allSettled([
		dedicatedNumbers.call(this),
		ownNumbers.call(this),
		alphaTags.call(this),
	]);
	const failures = settled.filter(
		(result): result is PromiseRejectedResult => result.status === 'rejected',
	);
	if (failures.length === settled.length) throw failures[0].reason;
	const options = settled.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
	const seen = new Set<string>();
	return options.filter(
		(option) => !seen.has(String(option.value)) && seen.add(String(option.value)),
	);
}

/** Resource-locator form of getSenders, filtered by the search text. */
export async function searchSenders(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const search = filter?.trim().toLowerCase();
	const options = await getSenders.call(this);
	return {
		results: options
			.filter((option) => !search || option.name.toLowerCase().includes(search))
			.map((option) => ({ name: option.name, value: option.value })),
	};
}
