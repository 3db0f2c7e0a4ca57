import { pagedSearch } from './pagedSearch';

/** The Email to SMS stripped-string rules (GET /sms/email-sms-stripped-strings), filtered by the typed text. */
export const searchStrippedStrings = pagedSearch({
	path: '/sms/email-sms-stripped-strings',
	label: (row) =>
		`${String(row.strip_string ?? row.stripped_string ?? '')} (${String(row.rule_id)})`,
	value: (row) => String(row.rule_id),
});
