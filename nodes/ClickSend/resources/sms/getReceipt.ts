import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from './shared';

/** SMS → Get Receipt: the delivery receipt of one message (GET /sms/receipts/{message_id}). */
export const getSmsReceiptFields: INodeProperties[] = [
	messageIdField('sms', ['getReceipt'], 'The message_id of the sent SMS whose delivery receipt you want'),
];
