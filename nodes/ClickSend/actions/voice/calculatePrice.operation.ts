import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runBatchedMessages } from '../../sending/messages';
import type { OperationOption } from '../types';
import { sendFields, voiceSends } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of a voice call',
	description: 'Get what the calls would cost, without making them',
	toolDescription:
		'Calculate what a text-to-speech call with ClickSend would cost, without making it. Needs the phone number in international format (e.g. +61411111111) and the text. Returns message_price per call.',
};

/** The fields of Voice → Send: the price is asked for exactly what Send would send. */
export const properties: INodeProperties[] = sendFields;

/**
 * POST /voice/price in the batches of Send. `schedule` is sent as an integer Unix timestamp, as
 * ClickSend's API reference types it (the spec types it as a string on this endpoint only).
 */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, voiceSends.call(this, '/voice/price', false));
}
