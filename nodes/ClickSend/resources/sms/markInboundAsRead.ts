import type { INodeProperties } from 'n8n-workflow';

import { dateBeforeField } from './shared';

/** SMS → Mark Inbound As Read (PUT /sms/inbound-read, optional date_before). */
export const markInboundSmsAsReadFields: INodeProperties[] = [
	dateBeforeField('sms', 'markInboundAsRead', 'inbound messages'),
];
