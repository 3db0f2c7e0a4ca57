import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runDocumentSends } from '../../sending/documents';
import type { OperationOption } from '../types';
import { faxSends, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of a fax',
	description: 'Get what sending the faxes would cost, without sending them',
	toolDescription:
		'Calculate what sending a fax with ClickSend would cost, without sending it. Needs the fax number in international format (e.g. +61261111111) and the document (a PDF from binary data or a File URL). Returns message_pages and message_price per fax.',
};

/** The fields of Fax → Send: the price is asked for exactly what Send would send. */
export const properties: INodeProperties[] = sendFields;

/** POST /fax/price: the same body as /fax/send; ClickSend answers with the price of each fax. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, faxSends.call(this, '/fax/price', false));
}
