import type { INodeProperties } from 'n8n-workflow';

import { emailAddressIdField } from './shared';

/** Email Address → Get (GET /email/addresses/{email_address_id}): the address and whether it is verified. */
export const getEmailAddressFields: INodeProperties[] = [emailAddressIdField(['get'])];
