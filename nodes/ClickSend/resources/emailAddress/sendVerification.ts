import type { INodeProperties } from 'n8n-workflow';

import { emailAddressIdField } from './shared';

/**
 * Email Address → Send Verification (PUT /email/address-verify/{email_address_id}/send): emails
 * the verification link again.
 */
export const sendEmailAddressVerificationFields: INodeProperties[] = [emailAddressIdField(['sendVerification'])];
