import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runBatchedMessages } from '../../shared/messages';
import { mmsRun } from './send';

/**
 * MMS → Calculate Price uses the fields of MMS → Send (see send.ts): `POST /mms/price` with the
 * same batches and image; nothing is sent.
 */
export const calculateMmsPriceFields: INodeProperties[] = [];

export async function calculateMmsPrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, mmsRun.call(this, '/mms/price', false));
}
