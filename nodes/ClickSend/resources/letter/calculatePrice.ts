import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { LETTER_DOCUMENT, runDocumentSends } from '../../shared/documents';
import { prepareLetter } from './send';

/** Letter → Calculate Price uses the fields of Letter → Send (see send.ts); nothing is posted. */
export const calculateLetterPriceFields: INodeProperties[] = [];

/** POST /post/letters/price: same body as /post/letters/send. */
export async function calculateLetterPrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, {
		path: '/post/letters/price',
		sends: false,
		kind: LETTER_DOCUMENT,
		listKey: 'recipients',
		fileField: 'file_url',
		historyName: 'letter history',
		prepare: prepareLetter,
	});
}
