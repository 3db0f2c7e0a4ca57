import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runDocumentSends } from '../../sending/documents';
import type { OperationOption } from '../types';
import { postcardSends, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of a postcard',
	description: 'Get what posting the postcards would cost, without posting them',
	toolDescription:
		'Calculate what posting a postcard with ClickSend would cost, without posting it. Needs the same design, address and return address as Send. Returns post_price per postcard.',
};

/** The fields of Postcard → Send: the price is asked for exactly what Send would post. */
export const properties: INodeProperties[] = sendFields;

/** POST /post/postcards/price: the same body as /post/postcards/send. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(
		this,
		postcardSends.call(this, '/post/postcards/price', false),
	);
}
