import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { POSTCARD_DOCUMENT, runDocumentSends } from '../../shared/documents';
import { preparePostcard } from './send';

/** Postcard → Calculate Price uses the fields of Postcard → Send (see send.ts); nothing is posted. */
export const calculatePostcardPriceFields: INodeProperties[] = [];

/** POST /post/postcards/price: same body as /post/postcards/send. */
export async function calculatePostcardPrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, {
		path: '/post/postcards/price',
		sends: false,
		kind: POSTCARD_DOCUMENT,
		listKey: 'recipients',
		fileField: 'file_urls',
		historyName: 'postcard history',
		prepare: preparePostcard,
	});
}
