import type { INodeType } from 'n8n-workflow';

import { searchContactLists } from './contactLists';
import { searchContacts } from './contacts';
import { searchEmailAddresses } from './emailAddresses';
import { searchEmailCampaigns } from './emailCampaigns';
import { searchEmailTemplates, searchMasterEmailTemplates } from './emailTemplates';
import { searchMmsCampaigns } from './mmsCampaigns';
import { searchAvailableNumbers } from './numbers';
import { searchReturnAddresses } from './returnAddresses';
import { getSenders, searchSenders } from './senders';
import { searchSmsCampaigns } from './smsCampaigns';
import { searchSmsTemplates } from './smsTemplates';
import { searchSubaccounts } from './subaccounts';
import { getVoiceLanguages } from './voiceLanguages';
import { searchAutomationRules } from './automationRules';
import { getCountries } from './countries';
import { searchDefaultSenders } from './defaultSenders';
import { searchStrippedStrings } from './emailToSms';

/**
 * Dropdowns (loadOptions) and resource-locator searches (listSearch) of the ClickSend node. Every
 * searchable picker is built with pagedSearch (pagedSearch.ts).
 */
export const methods: NonNullable<INodeType['methods']> = {
	loadOptions: {
		getSenders,
		getVoiceLanguages,
		getCountries,
	},
	listSearch: {
		searchAvailableNumbers,
		searchContactLists,
		searchContacts,
		searchEmailAddresses,
		searchEmailCampaigns,
		searchEmailTemplates,
		searchMasterEmailTemplates,
		searchMmsCampaigns,
		searchReturnAddresses,
		searchSenders,
		searchSmsCampaigns,
		searchSmsTemplates,
		searchSubaccounts,
		searchAutomationRules,
		searchDefaultSenders,
		searchStrippedStrings,
	},
};
