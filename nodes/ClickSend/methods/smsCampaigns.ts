import { pagedSearch, searchQuery } from './pagedSearch';

/** The account's SMS campaigns (GET /sms-campaigns), searched by name. */
export const searchSmsCampaigns = pagedSearch({
	path: '/sms-campaigns',
	query: (text) => searchQuery(['name'], text),
	label: (row) => `${String(row.name ?? '')} (${String(row.sms_campaign_id)})`,
	value: (row) => String(row.sms_campaign_id),
});
