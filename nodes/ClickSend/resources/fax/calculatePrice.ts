import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { FAX_DOCUMENT, runDocumentSends } from '../../shared/documents';
import { prepareFax } from './send';

/** Fax → Calculate Price uses the fields of Fax → Send (see send.ts); nothing is sent. */
export const calculateFaxPriceFields: INodeProperties[] = [];

/** POST /fax/price: same body as /fax/send; ClickSend answers with the price of each fax. */
export async function calculateFaxPrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, {
		path: '/fax/price',
		sends: false,
		kind: FAX_DOCUMENT,
		listKey: 'messages',
		fileField: 'file_url',
		historyName: 'fax history',
		prepare: prepareFax,
	});
}
