import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runDocumentSends } from '../../shared/documents';
import { FAX_SENDS } from './send';

/** Fax → Calculate Price uses the fields of Fax → Send (see send.ts); nothing is sent. */
export const calculateFaxPriceFields: INodeProperties[] = [];

/** POST /fax/price: the same body as /fax/send; ClickSend answers with the price of each. */
export async function calculateFaxPrice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, { ...FAX_SENDS, path: '/fax/price', sends: false });
}
