import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../sms/shared';

/** MMS → Get Receipt: the delivery receipt of one MMS (GET /mms/receipts/{message_id}; seed docs only). */
export const getMmsReceiptFields: INodeProperties[] = [
	messageIdField('mms', ['getReceipt'], 'The message_id of the sent MMS whose delivery receipt you want'),
];
