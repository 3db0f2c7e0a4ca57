import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { assertNotEmpty, assertNumericId, assertSenderId, toUnixSeconds } from '../../shared/validation';
import { contactListField, messageField, scheduleField, senderField } from '../sms/shared';
import { idLocatorField, showFor } from '../../shared/routing';

/** The campaign an operation works on: picked from the account's campaigns or given by ID. */
export function campaignField(operations: string[]): INodeProperties {
	return idLocatorField({
		displayName: 'Campaign',
		name: 'campaignId',
		displayOptions: showFor('smsCampaign', operations),
		description: 'The SMS campaign',
		searchListMethod: 'searchSmsCampaigns',
		exampleId: '2145880',
		what: 'campaign',
	});
}

/** Name, contact list, message, sender and schedule of a campaign (send, price, update). */
export function campaignContentFields(operations: string[]): INodeProperties[] {
	const displayOptions = showFor('smsCampaign', operations);
	return [
		{
			displayName: 'Campaign Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			displayOptions,
			placeholder: 'e.g. Spring sale',
			description: 'A name to recognise the campaign by in ClickSend',
		},
		contactListField(displayOptions),
		messageField(displayOptions),
		senderField(displayOptions),
		{ ...scheduleField(), displayOptions },
	];
}

/** `/sms-campaigns/{id}` with the campaign picked in the Campaign field. */
export const campaignUrl =
	'=/sms-campaigns/{{ encodeURIComponent(String($parameter.campaignId.value ?? $parameter.campaignId).trim()) }}';

/**
 * preSend: checks the campaign fields and builds the request body. Follows the seed docs where
 * the spec differs: `list_id` is an integer on every campaign endpoint (the spec types it as a
 * string on /price and the update), and `senders` (Smart Assign, beta; required by the spec on
 * /send) is left out, which the docs say means "use the account's default senders".
 */
export async function campaignBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const listId = assertNumericId(node, this.getNodeParameter('listId', '', { extractValue: true }), 'Contact List', itemIndex);
	const name = this.getNodeParameter('name', '');
	const body: IDataObject = {
		list_id: listId,
		name: assertNotEmpty(node, name, 'Campaign Name', 'Give the campaign a name, e.g. "Spring sale".', itemIndex).trim(),
		body: assertNotEmpty(node, this.getNodeParameter('message', ''), 'Message', 'Type the text of the campaign SMS.', itemIndex),
	};
	const from = assertSenderId(node, String(this.getNodeParameter('from', '', { extractValue: true }) ?? ''), 'From', itemIndex);
	if (from) body.from = from;
	const schedule = toUnixSeconds(node, this.getNodeParameter('schedule', ''), 'Schedule', itemIndex, { mustBeFuture: true });
	if (schedule !== undefined) body.schedule = schedule;
	requestOptions.body = body;
	return requestOptions;
}
