import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { withSendGuards } from '../../fields/sendGuards';
import { runBatchedMessages } from '../../sending/messages';
import type { OperationOption } from '../types';
import { sendFields, smsSends } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an SMS',
	description: 'Send one SMS per input item, up to 1000 per request to ClickSend',
	toolDescription:
		'Send an SMS text message with ClickSend. Needs the recipient phone number in international format with the country code (e.g. +61411111111) and the message text (at most 1224 plain characters or 536 with emoji). Returns the message_id, status (SUCCESS when accepted), message_price and message_parts of the sent SMS.',
};

export const properties: INodeProperties[] = withSendGuards(sendFields);

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, smsSends.call(this, '/sms/send', true));
}
