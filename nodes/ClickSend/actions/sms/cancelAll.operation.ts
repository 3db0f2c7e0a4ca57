import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { textOf } from '../../validation/fail';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Cancel All',
	value: 'cancelAll',
	action: 'Cancel all scheduled SMS',
	description: 'Cancel every scheduled SMS that has not been sent yet',
	toolDescription:
		"Cancel every scheduled SMS in ClickSend that has not been sent yet, optionally only those sent with a given custom string. Returns ClickSend's count of cancelled messages.",
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Only with Custom String',
		name: 'customString',
		type: 'string',
		default: '',
		description:
			'Cancel only the scheduled messages sent with this Custom String. Leave empty to cancel all scheduled SMS.',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const customString = textOf(
		this.getNode(),
		this.getNodeParameter('customString', itemIndex, ''),
		'Only with Custom String',
		itemIndex,
	);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: '/sms/cancel-all',
		body: customString ? { custom_string: customString } : {},
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
