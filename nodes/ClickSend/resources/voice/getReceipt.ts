import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../sms/shared';

/** Voice → Get Receipt: the delivery receipt of one call (GET /voice/receipts/{message_id}; seed docs only). */
export const getVoiceReceiptFields: INodeProperties[] = [
	messageIdField('voice', ['getReceipt'], 'The message_id of the call whose delivery receipt you want, as returned by Voice → Send'),
];
