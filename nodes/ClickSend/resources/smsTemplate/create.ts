import type { INodeProperties } from 'n8n-workflow';

import { templateContentFields } from './shared';

/** SMS Template → Create (POST /sms/templates {template_name, body}). */
export const createSmsTemplateFields: INodeProperties[] = templateContentFields(['create']);
