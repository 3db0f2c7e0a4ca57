import { pagedSearch, searchQuery } from './pagedSearch';

/** The account's contact lists (GET /lists), searched by name. Every contact-list picker uses it. */
export const searchContactLists = pagedSearch({
	path: '/lists',
	qs: { order_by: 'list_name:asc' },
	query: (text) => searchQuery(['list_name'], text),
	label: (list) => `${String(list.list_name ?? '')} (${String(list.list_id)})`,
	value: (list) => String(list.list_id),
});
