import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clickSendRequest, type ClickSendPage } from '../shared/transport';

const SEARCH_PAGE_SIZE = 100;

function contactLabel(contact: IDataObject): string {
	const name = [contact.first_name, contact.last_name].filter((part) => part).join(' ');
	const reach = contact.phone_number || contact.email || contact.fax_number;
	const label = [name, reach ? `(${String(reach)})` : ''].filter((part) => part).join(' ');
	return label || `Contact ${String(contact.contact_id)}`;
}

/**
 * Resource-locator search over the contacts of the list chosen in the node's List field
 * (GET /lists/{list_id}/contacts): the search text matches first name, last name, phone number
 * or email (ClickSend's `q` with `operator=OR`); `paginationToken` is the next page number.
 */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	// The List field as the editor has it now: a resource locator ({ mode, value }) or plain text.
	const list = this.getNodeParameter('listId', '') as { value?: unknown } | string | number;
	const listId = String((typeof list === 'object' ? list?.value : list) ?? '').trim();
	if (!/^\d+$/.test(listId)) {
		throw new NodeOperationError(this.getNode(), 'Choose a list first', {
			description: 'Contacts are searched within the list chosen in the List field. Pick that list, then search again.',
		});
	}
	const page = Number(paginationToken) > 0 ? Number(paginationToken) : 1;
	const qs: IDataObject = { page, limit: SEARCH_PAGE_SIZE };
	const search = filter?.trim().replace(/[,:]/g, ' ');
	if (search) {
		qs.q = ['first_name', 'last_name', 'phone_number', 'email'].map((field) => `${field}:${search}`).join(',');
		qs.operator = 'OR';
	}
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: `/lists/${listId}/contacts`,
		qs,
	});
	const pageData = (envelope.data ?? {}) as ClickSendPage;
	const rows = pageData.data ?? [];
	const lastPage = pageData.last_page ?? page;
	return {
		results: rows.map((contact) => ({
			name: contactLabel(contact),
			value: String(contact.contact_id),
		})),
		paginationToken: page < lastPage && rows.length ? String(page + 1) : undefined,
	};
}
