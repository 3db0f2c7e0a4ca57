import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/**
 * Fax → Get Many Receipts: fax delivery receipts (GET /fax/receipts). ClickSend lists receipts
 * here when a fax delivery-report rule with the action POLL exists.
 */
export const getManyFaxReceiptsFields: INodeProperties[] = [...listFields('fax', 'getManyReceipts')];
