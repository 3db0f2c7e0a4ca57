import type { INodeProperties } from 'n8n-workflow';

import { emailAddressIdField } from './shared';

/** Email Address → Delete (DELETE /email/addresses/{email_address_id}) → `{ deleted: true, emailAddressId }`. */
export const deleteEmailAddressFields: INodeProperties[] = [emailAddressIdField(['delete'])];
