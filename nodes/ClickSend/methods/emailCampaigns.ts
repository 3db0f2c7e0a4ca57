import { pagedSearch } from './pagedSearch';

/** The account's email campaigns (GET /email-campaigns), filtered by the typed text. */
export const searchEmailCampaigns = pagedSearch({
	path: '/email-campaigns',
	label: (row) =>
		`${String(row.name ?? '')} (${String(row.email_campaign_id)}, ${String(row.status ?? 'no status')})`,
	value: (row) => String(row.email_campaign_id),
});
