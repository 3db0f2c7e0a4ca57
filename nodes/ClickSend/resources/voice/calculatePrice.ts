import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runBatchedMessages } from '../../shared/messages';
import { voiceRun } from './send';

/** Voice → Calculate Price uses the fields of Voice → Send (see send.ts): `POST /voice/price`; nothing is sent. */
export const calculateVoicePriceFields: INodeProperties[] = [];

export async function calculateVoicePrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, voiceRun.call(this, '/voice/price', false));
}
