import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { contactBody, contactFieldsCollection, listLocator } from '../../shared/contactFields';

const show = { show: { resource: ['contact'], operation: ['create'] } };

export const createContactFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list to add the contact to' }),
	contactFieldsCollection(
		show,
		'The new contact. Add at least a Phone Number (e.g. +61411111111), an Email (e.g. test1@test.com) or a Fax Number.',
	),
];

/**
 * preSend of Create and Update: the body from the Contact Fields collection, checked first.
 * A new contact needs a phone number, email or fax number; an update needs at least one field.
 */
export function sendContactFields(options: { requireChannel?: boolean; requireAny?: boolean }) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const fields = this.getNodeParameter('contactFields', {}) as Record<string, string>;
		const body = contactBody(this.getNode(), fields, this.getItemIndex(), options);
		requestOptions.body = body;
		return requestOptions;
	};
}
