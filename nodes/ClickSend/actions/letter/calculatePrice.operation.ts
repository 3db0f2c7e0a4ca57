import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runDocumentSends } from '../../sending/documents';
import type { OperationOption } from '../types';
import { letterSends, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of a letter',
	description: 'Get what posting the letters would cost, without posting them',
	toolDescription:
		'Calculate what posting a letter with ClickSend would cost, without posting it. Needs the same document, address and return address as Send. Returns post_pages and post_price per letter.',
};

/** The fields of Letter → Send: the price is asked for exactly what Send would post. */
export const properties: INodeProperties[] = sendFields;

/** POST /post/letters/price: the same body as /post/letters/send. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, letterSends.call(this, '/post/letters/price', false));
}
