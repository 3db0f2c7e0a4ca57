import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { clickSendRequestAllPages } from '../shared/transport';

/**
 * Resource-locator search over the account's allowed email addresses (GET /email/addresses),
 * filtered by the search text. Verified addresses come first; unverified ones say so, since
 * ClickSend sends only from verified addresses. Used by every "From Address" field and by the
 * Email Address operations.
 */
export async function searchEmailAddresses(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const search = filter?.trim().toLowerCase();
	const rows = await clickSendRequestAllPages.call<ILoadOptionsFunctions, [{ path: string }], Promise<IDataObject[]>>(this, {
		path: '/email/addresses',
	});
	const matching = rows.filter((row) => !search || String(row.email_address ?? '').toLowerCase().includes(search));
	const verified = (row: IDataObject) => String(row.verified) === '1' || row.verified === true;
	matching.sort((a, b) => Number(verified(b)) - Number(verified(a)));
	return {
		results: matching.map((row) => ({
			name: `${String(row.email_address)}${verified(row) ? '' : ' (not verified)'}`,
			value: String(row.email_address_id),
		})),
	};
}
