import { pagedSearch } from './pagedSearch';

/**
 * The account's MMS campaigns (GET /mms-campaigns), filtered by name page by page: the spec and
 * ClickSend's API reference give this list no search (`q`), and show it without the envelope.
 */
export const searchMmsCampaigns = pagedSearch({
	path: '/mms-campaigns',
	envelope: false,
	label: (row) => `${String(row.name ?? '')} (${String(row.mms_campaign_id)})`,
	value: (row) => String(row.mms_campaign_id),
});
