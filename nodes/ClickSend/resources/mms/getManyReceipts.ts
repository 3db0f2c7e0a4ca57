import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/**
 * MMS → Get Many Receipts: delivery receipts of sent MMS (GET /mms/receipts). The seed docs list
 * this endpoint; ClickSend's OpenAPI spec does not (the engine test says so).
 */
export const getManyMmsReceiptsFields: INodeProperties[] = [...listFields('mms', 'getManyReceipts')];
