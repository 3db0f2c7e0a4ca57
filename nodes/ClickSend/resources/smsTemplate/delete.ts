import type { INodeProperties } from 'n8n-workflow';

import { templateField } from './shared';

/** SMS Template → Delete (DELETE /sms/templates/{template_id}) → `{ deleted: true, templateId }`. */
export const deleteSmsTemplateFields: INodeProperties[] = [templateField(['delete'])];
