import type { INodeProperties } from 'n8n-workflow';

import { historyListFields } from '../../shared/messageFields';

/** Voice → Get Many: the voice call history (GET /voice/history), optionally within a date range. */
export const getManyVoiceFields: INodeProperties[] = historyListFields('voice', 'getMany');
