import type { INodeType } from 'n8n-workflow';

import { searchContactLists } from './contactLists';
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
		searchContacts,
		searchSenders,
		searchSmsTemplates,
		searchSmsCampaigns,
		searchEmailAddresses,
	},
};
