import { pagedSearch } from './pagedSearch';

/** The account's email templates (GET /email/templates), filtered by the typed text. */
export const searchEmailTemplates = pagedSearch({
	path: '/email/templates',
	label: (row) => `${String(row.template_name ?? '')} (${String(row.template_id)})`,
	value: (row) => String(row.template_id),
});

/** ClickSend's master email templates (GET /email/master-templates), to start a template from. */
export const searchMasterEmailTemplates = pagedSearch({
	path: '/email/master-templates',
	label: (row) => `${String(row.template_name ?? '')} (${String(row.template_id_master)})`,
	value: (row) => String(row.template_id_master),
});
