import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { contactFieldOptions, listLocator } from '../../shared/contactFields';

const show = { show: { resource: ['contactList'], operation: ['removeDuplicates'] } };

export const removeDuplicatesFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list to clean up' }),
	{
		displayName: 'Compare Fields',
		name: 'fields',
		type: 'multiOptions',
		default: ['phone_number'],
		displayOptions: show,
		description: 'Contacts with the same values in all these fields are duplicates; ClickSend keeps one of them',
		options: contactFieldOptions(),
	},
];

/**
 * preSend: `{ fields: [...] }`, as in ClickSend's docs (the seeds' curl, Python and Perl examples).
 * The OpenAPI spec describes `fields` as an object of field names instead.
 */
export async function sendDuplicateFields(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const fields = this.getNodeParameter('fields', []) as string[];
	if (!fields.length) {
		throw new NodeOperationError(this.getNode(), 'Compare Fields is empty', {
			description: 'Choose the fields that make two contacts duplicates, e.g. Phone Number.',
			itemIndex: this.getItemIndex(),
		});
	}
	requestOptions.body = { fields };
	return requestOptions;
}
