import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from './shared';

/** SMS → Cancel: cancels one scheduled SMS (PUT /sms/{message_id}/cancel). */
export const cancelSmsFields: INodeProperties[] = [
	messageIdField('sms', ['cancel'], 'The message_id of the scheduled SMS to cancel, as returned by SMS → Send'),
];
