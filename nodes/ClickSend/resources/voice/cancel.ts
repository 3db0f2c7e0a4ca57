import type { INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../sms/shared';

/** Voice → Cancel: cancels one scheduled call (PUT /voice/{message_id}/cancel). */
export const cancelVoiceFields: INodeProperties[] = [
	messageIdField('voice', ['cancel'], 'The message_id of the scheduled call to cancel, as returned by Voice → Send'),
];
