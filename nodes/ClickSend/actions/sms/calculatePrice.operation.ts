import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runBatchedMessages } from '../../sending/messages';
import type { OperationOption } from '../types';
import { sendFields, smsSends } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of an SMS',
	description: 'Get what sending the messages would cost, without sending them',
	toolDescription:
		'Calculate what sending an SMS with ClickSend would cost, without sending it. Needs the recipient phone number in international format (e.g. +61411111111) and the message text. Returns message_price and message_parts per message.',
};

/** The fields of SMS → Send: the price is asked for exactly what Send would send. */
export const properties: INodeProperties[] = sendFields;

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, smsSends.call(this, '/sms/price', false));
}
