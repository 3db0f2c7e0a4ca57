import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/**
 * SMS → Get Many Receipts: unread delivery receipts (GET /sms/receipts). ClickSend lists receipts
 * here only when a delivery-report rule with the action POLL exists.
 */
export const getManySmsReceiptsFields: INodeProperties[] = [...listFields('sms', 'getManyReceipts')];
