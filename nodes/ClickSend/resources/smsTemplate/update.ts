import type { INodeProperties } from 'n8n-workflow';

import { templateContentFields, templateField } from './shared';

/** SMS Template → Update (PUT /sms/templates/{template_id} {template_name, body}). */
export const updateSmsTemplateFields: INodeProperties[] = [templateField(['update']), ...templateContentFields(['update'])];
