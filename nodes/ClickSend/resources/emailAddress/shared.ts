import type { INodeProperties } from 'n8n-workflow';

import { emailAddressField, idInPath } from '../email/shared';
import { showFor } from '../../shared/routing';

/** The allowed email address an operation works on: picked from the account's list or by ID. */
export function emailAddressIdField(operations: string[]): INodeProperties {
	return emailAddressField(showFor('emailAddress', operations), {
		name: 'emailAddressId',
		displayName: 'Email Address',
		description: 'One of the email addresses added to your ClickSend account',
	});
}

/** preSend: the checked address ID into `path` (`{id}`). */
export const emailAddressInPath = (path: string) => idInPath('emailAddressId', 'Email Address', path);
