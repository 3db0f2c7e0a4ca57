import type { IDataObject } from 'n8n-workflow';

import { pagedSearch } from './pagedSearch';

const verified = (row: IDataObject) => String(row.verified) === '1' || row.verified === true;

/**
 * The account's allowed email addresses (GET /email/addresses), filtered by the typed text.
 * Verified ones come first; unverified ones say so, since ClickSend sends only from verified
 * addresses.
 */
export const searchEmailAddresses = pagedSearch({
	path: '/email/addresses',
	sort: (a, b) => Number(verified(b)) - Number(verified(a)),
	label: (row) => `${String(row.email_address)}${verified(row) ? '' : ' (not verified)'}`,
	value: (row) => String(row.email_address_id),
});
