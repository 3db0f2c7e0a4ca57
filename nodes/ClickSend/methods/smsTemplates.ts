import { pagedSearch, searchQuery } from './pagedSearch';

/** The account's SMS templates (GET /sms/templates), searched by name. */
export const searchSmsTemplates = pagedSearch({
	path: '/sms/templates',
	query: (text) => searchQuery(['template_name'], text),
	label: (row) => `${String(row.template_name ?? '')} (${String(row.template_id)})`,
	value: (row) => String(row.template_id),
});
