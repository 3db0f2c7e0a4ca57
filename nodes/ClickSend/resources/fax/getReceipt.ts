import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../sms/shared';

/** Fax → Get Receipt: the delivery receipt of one fax (GET /fax/receipts/{message_id}). */
export const getFaxReceiptFields: INodeProperties[] = [
	messageIdField('fax', ['getReceipt'], 'The message_id of the sent fax (from Fax → Send or the fax history) whose delivery receipt you want'),
];
