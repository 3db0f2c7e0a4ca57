import type { INodeType } from 'n8n-workflow';

import { searchContactLists } from './contactLists';
import { searchAvailableNumbers } from './numbers';
import { searchContacts } from './contacts';
import { getSenders, searchSenders } from './senders';
import { searchSmsCampaigns, searchSmsTemplates } from './smsTemplates';
import { searchEmailAddresses } from './emailAddresses';

/**
 * Dropdowns (loadOptions) and resource-locator searches (listSearch) of the ClickSend node.
 * Each resource adds its own functions here.
 */
export const methods: NonNullable<INodeType['methods']> = {
	loadOptions: {
		getSenders,
	},
	listSearch: {
		searchContactLists,
		searchAvailableNumbers,
		searchContacts,
		searchSenders,
		searchSmsTemplates,
		searchSmsCampaigns,
		searchEmailAddresses,
	},
};
