import type { INodeType } from 'n8n-workflow';

import { searchContactLists } from './contactLists';
import { searchEmailAddresses } from './emailAddresses';
import { searchAvailableNumbers } from './numbers';
import { getSenders, searchSenders } from './senders';
import { searchSmsCampaigns, searchSmsTemplates } from './smsTemplates';
import { searchContacts } from './contacts';
import { searchReturnAddresses } from './returnAddresses';
import { getVoiceLanguages } from './voiceLanguages';

/**
 * Dropdowns (loadOptions) and resource-locator searches (listSearch) of the ClickSend node.
 * Each resource adds its own functions here.
 */
export const methods: NonNullable<INodeType['methods']> = {
	loadOptions: {
		getSenders,
		getVoiceLanguages,
	},
	listSearch: {
		searchContactLists,
		searchEmailAddresses,
		searchAvailableNumbers,
		searchSenders,
		searchSmsTemplates,
		searchSmsCampaigns,
		searchContacts,
		searchReturnAddresses,
	},
};
