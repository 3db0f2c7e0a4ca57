import type { INodeProperties } from 'n8n-workflow';

import { emailAddressLocator } from '../../fields/email';

/** What several Email Address operations share: the address picker. */

/** The address an Email Address operation works on: picked from the account's list or by ID. */
export const emailAddressField: INodeProperties = emailAddressLocator({
	name: 'emailAddressId',
	displayName: 'Email Address',
	description: 'One of the email addresses added to your ClickSend account',
});
