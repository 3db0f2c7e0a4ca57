import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/** SMS Template → Get Many (GET /sms/templates). */
export const getManySmsTemplatesFields: INodeProperties[] = [...listFields('smsTemplate', 'getMany')];
