import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readSubaccountId, subaccountLocator } from './shared';

export const option: OperationOption = {
	name: 'Regenerate API Key',
	value: 'regenerateApiKey',
	action: 'Regenerate the API key of a sub-account',
	description: 'Give a sub-account a new API key; the old key stops working at once',
	toolDescription:
		'Give one ClickSend sub-account a new API key; its old key stops working at once. Needs the subaccount_id. Returns the subaccount_id and the new api_key.',
};

export const properties: INodeProperties[] = [
	{
		displayName:
			"The sub-account's current API key stops working at once: anything that uses it (other workflows, apps, n8n credentials) needs the new key from this node's output.",
		name: 'regenerateNotice',
		type: 'notice',
		default: '',
	},
	subaccountLocator('The sub-account that gets a new API key'),
];

/**
 * PUT /subaccounts/{subaccount_id}/regen-api-key (no body, as in ClickSend's reference). A PUT is
 * retried after a 5xx or a dropped connection: asking again only replaces the key again, and the
 * key returned is the one in force.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readSubaccountId.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/subaccounts/${id}/regen-api-key`,
		itemIndex,
	});
	const data = responseData(envelope);
	return { subaccount_id: id, api_key: data.api_key, response_msg: envelope.response_msg };
}
