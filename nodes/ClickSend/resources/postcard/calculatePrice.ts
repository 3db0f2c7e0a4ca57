import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runDocumentSends } from '../../shared/documents';
import { POSTCARD_SENDS } from './send';

/** Postcard → Calculate Price uses the fields of Postcard → Send (see send.ts); nothing is posted. */
export const calculatePostcardPriceFields: INodeProperties[] = [];

/** POST /post/postcards/price: the same body as /post/postcards/send; ClickSend answers with the price of each. */
export async function calculatePostcardPrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, { ...POSTCARD_SENDS, path: '/post/postcards/price', sends: false });
}
