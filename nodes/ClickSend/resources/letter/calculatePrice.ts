import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runDocumentSends } from '../../shared/documents';
import { LETTER_SENDS } from './send';

/** Letter → Calculate Price uses the fields of Letter → Send (see send.ts); nothing is posted. */
export const calculateLetterPriceFields: INodeProperties[] = [];

/** POST /post/letters/price: the same body as /post/letters/send; ClickSend answers with the price of each. */
export async function calculateLetterPrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, { ...LETTER_SENDS, path: '/post/letters/price', sends: false });
}
