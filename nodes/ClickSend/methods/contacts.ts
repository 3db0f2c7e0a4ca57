import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiPath } from '../../transport/path';
import { pagedSearch, searchQuery } from './pagedSearch';

function contactLabel(contact: IDataObject): string {
	const name = [contact.first_name, contact.last_name].filter((part) => part).join(' ');
	const reach = contact.phone_number || contact.email || contact.fax_number;
	const label = [name, reach ? `(${String(reach)})` : ''].filter((part) => part).join(' ');
	return label || `Contact ${String(contact.contact_id)}`;
}

/** The contacts path of the list chosen in the node's List field, as the editor has it now. */
function contactsOfChosenList(this: ILoadOptionsFunctions): string {
	const list = this.getNodeParameter('listId', '') as { value?: unknown } | string | number;
	const listId = String((typeof list === 'object' ? list?.value : list) ?? '').trim();
	if (!/^\d+$/.test(listId)) {
		throw new NodeOperationError(this.getNode(), 'Choose a list first', {
			description:
				'Contacts are searched within the list chosen in the List field. Pick that list, then search again.',
		});
	}
	return apiPath`/lists/${listId}/contacts`;
}

/** Contacts of the chosen list (GET /lists/{list_id}/contacts), searched by name, phone or email. */
export const searchContacts = pagedSearch({
	path: contactsOfChosenList,
	query: (text) => searchQuery(['first_name', 'last_name', 'phone_number', 'email'], text),
	label: contactLabel,
	value: (contact) => String(contact.contact_id),
});
