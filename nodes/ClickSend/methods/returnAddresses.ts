import type { IDataObject } from 'n8n-workflow';

import { pagedSearch } from './pagedSearch';

const label = (address: IDataObject) =>
	[address.address_name, address.address_line_1, address.address_city]
		.filter((part) => part !== undefined && part !== null && part !== '')
		.join(', ');

/** The account's return addresses (GET /post/return-addresses); ClickSend has no search here, so each page is filtered by label. */
export const searchReturnAddresses = pagedSearch({
	path: '/post/return-addresses',
	label: (address) => `${label(address)} (${String(address.return_address_id)})`,
	value: (address) => String(address.return_address_id),
});
