import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import {
	defaultSenderLocator,
	readDefaultSenderId,
	readStrategies,
	senderProperties,
} from './shared';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update a default sender',
	description: 'Replace the sender of a default sender',
	toolDescription:
		"Replace the sender of a ClickSend default sender (its country stays). Needs the default sender id, the sender type and the sender ID; number types also need the sender's country. Returns the updated default sender.",
};

export const properties: INodeProperties[] = [
	defaultSenderLocator('The default sender to change'),
	...senderProperties,
];

/** PATCH /senders/default-senders/{id} `{default_sender_strategies}` (its one required field). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readDefaultSenderId.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PATCH',
		path: apiPath`/senders/default-senders/${id}`,
		body: { default_sender_strategies: readStrategies.call(this, itemIndex) },
		itemIndex,
	});
	return responseData(envelope);
}
