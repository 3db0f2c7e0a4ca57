import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { defaultSenderLocator, readDefaultSenderId } from './shared';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a default sender',
	description: 'Delete a default sender; ClickSend then picks a compliant sender itself',
	toolDescription:
		'Delete one ClickSend default sender by its id; SMS to that country without a From then get a compliant sender picked by ClickSend. Returns deleted: true and the id.',
};

export const properties: INodeProperties[] = [defaultSenderLocator('The default sender to delete')];

/** DELETE /senders/default-senders/{id}: ClickSend answers 204 with no body (the spec). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readDefaultSenderId.call(this, itemIndex);
	await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/senders/default-senders/${id}`,
		itemIndex,
		envelope: false,
	});
	return { deleted: true, id };
}
