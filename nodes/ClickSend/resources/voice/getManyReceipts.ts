import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/** Voice → Get Many Receipts: delivery receipts of calls (GET /voice/receipts), with the digits pressed. */
export const getManyVoiceReceiptsFields: INodeProperties[] = [...listFields('voice', 'getManyReceipts')];
