import type { INodeProperties } from 'n8n-workflow';

import { emailTemplateLocator } from '../../fields/email';

/** What several Email Template operations share: the template picker. */

/** The template an Email Template operation works on. */
export const templateField: INodeProperties = emailTemplateLocator(
	'One of your ClickSend email templates',
);
