import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runBatchedMessages } from '../../shared/messages';
import { prepareSmsMessage, smsBatchSize } from './send';

/** SMS → Calculate Price uses the fields of SMS → Send (see send.ts); nothing is sent. */
export const calculateSmsPriceFields: INodeProperties[] = [];

export async function calculateSmsPrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, {
		path: '/sms/price',
		batchSize: smsBatchSize.call(this),
		sends: false,
		prepare: (itemIndex) => prepareSmsMessage.call(this, itemIndex),
	});
}
