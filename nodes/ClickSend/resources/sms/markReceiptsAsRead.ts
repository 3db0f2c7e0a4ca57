import type { INodeProperties } from 'n8n-workflow';

import { dateBeforeField } from './shared';

/** SMS → Mark Receipts As Read (PUT /sms/receipts-read, optional date_before). */
export const markSmsReceiptsAsReadFields: INodeProperties[] = [
	dateBeforeField('sms', 'markReceiptsAsRead', 'delivery receipts'),
];
