import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Cancel All',
	value: 'cancelAll',
	action: 'Cancel all scheduled voice calls',
	description: 'Cancel every scheduled call that has not been made yet',
	toolDescription:
		"Cancel every scheduled ClickSend voice call that has not been made yet. Needs nothing. Returns cancelled: true and ClickSend's count of cancelled calls.",
};

export const properties: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: '/voice/cancel-all',
		itemIndex,
	});
	const data = responseData(envelope);
	return { cancelled: true, ...data, response_msg: envelope.response_msg };
}
