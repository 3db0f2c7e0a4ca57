import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { SIMPLE_RECEIPT_FIELDS } from '../../fields/history';
import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';

/** The receipt fields, with `digits`: the keys pressed when Require Input was on. */
const SIMPLE_FIELDS = [...SIMPLE_RECEIPT_FIELDS, 'digits'];

export const option: OperationOption = {
	name: 'Get Many Receipts',
	value: 'getAllReceipts',
	action: 'Get many voice delivery receipts',
	description: 'List delivery receipts of calls, with the keys pressed',
	toolDescription:
		'List the delivery receipts of ClickSend voice calls. Returns one row per receipt: message_id, timestamp, status_code (201 delivered, 301 failed), status_text, error_text and digits (the keys pressed when the call asked for input).',
};

export const properties: INodeProperties[] = [...returnAllFields, simplifyField(SIMPLE_FIELDS)];

/** GET /voice/receipts (documented; ClickSend documents no endpoint for one voice receipt). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await simplifiedRows.call(this, itemIndex, { path: '/voice/receipts' }, SIMPLE_FIELDS);
}
