import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { defaultSenderLocator, readDefaultSenderId } from './shared';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get a default sender',
	description: 'Get one default sender',
	toolDescription:
		'Get one ClickSend default sender by its id. Returns id, country_code, product_type, status and default_sender_strategies (sender_type, sender_id, priority, status, note).',
};

export const properties: INodeProperties[] = [defaultSenderLocator('The default sender to get')];

/** GET /senders/default-senders/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readDefaultSenderId.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/senders/default-senders/${id}`,
		itemIndex,
	});
	return responseData(envelope);
}
