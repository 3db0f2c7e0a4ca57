import type { IDataObject } from 'n8n-workflow';

import { pagedSearch, searchQuery } from './pagedSearch';

function label(row: IDataObject): string {
	const name = [row.first_name, row.last_name].filter((part) => part).join(' ');
	const who = [name, row.api_username].filter((part) => part).map(String);
	return `${who.join(', ') || 'Sub-account'} (${String(row.subaccount_id)})`;
}

/**
 * The account's sub-accounts (GET /subaccounts), page by page, searched by username, name or
 * email with ClickSend's `q` (the search example of ClickSend's API reference is on /subaccounts).
 */
export const searchSubaccounts = pagedSearch({
	path: '/subaccounts',
	query: (text) => searchQuery(['api_username', 'first_name', 'last_name', 'email'], text),
	label,
	value: (row) => String(row.subaccount_id),
});
