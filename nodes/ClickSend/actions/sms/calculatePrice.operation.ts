import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { messageOptionsField, readBatchSize } from '../../fields/message';
import { parameterReader } from '../../execution/parameters';
import { runBatchedMessages } from '../../sending/messages';
import type { OperationOption } from '../types';
import { prepareSms, smsFields } from './send.operation';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of SMS',
	description: 'Get what sending the messages would cost, without sending them',
	toolDescription:
		'Calculate what sending an SMS with ClickSend would cost, without sending it. Needs the recipient phone number in international format (e.g. +61411111111) and the message text. Returns message_price and message_parts per message.',
};

/** The fields of SMS → Send: the price is asked for exactly what Send would send. */
export const properties: INodeProperties[] = [...smsFields, messageOptionsField()];

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runBatchedMessages.call(this, {
		path: '/sms/price',
		batchSize: readBatchSize(this.getNode(), read),
		sends: false,
		historyName: 'SMS history',
		prepare: (itemIndex) => prepareSms.call(this, read, itemIndex),
	});
}
