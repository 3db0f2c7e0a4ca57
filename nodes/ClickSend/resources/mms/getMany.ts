import type { INodeProperties } from 'n8n-workflow';

import { historyListFields } from '../../shared/messageFields';

/** MMS → Get Many: the MMS history (GET /mms/history), optionally within a date range. */
export const getManyMmsFields: INodeProperties[] = historyListFields('mms', 'getMany');
