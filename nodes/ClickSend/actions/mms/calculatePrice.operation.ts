import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runDocumentSends } from '../../sending/documents';
import type { OperationOption } from '../types';
import { mmsSends, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of an MMS',
	description: 'Get what sending the MMS would cost, without sending them',
	toolDescription:
		'Calculate what sending an MMS with ClickSend would cost, without sending it. Needs what Send needs: recipient phone number, subject, text and image. Returns message_price per message.',
};

/** The fields of MMS → Send: the price is asked for exactly what Send would send. */
export const properties: INodeProperties[] = sendFields;

/** POST /mms/price in the batches of Send; a binary image is uploaded (ClickSend prices the file). */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, mmsSends.call(this, '/mms/price', false));
}
