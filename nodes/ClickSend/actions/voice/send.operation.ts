import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { withSendGuards } from '../../fields/sendGuards';
import { runBatchedMessages } from '../../sending/messages';
import type { OperationOption } from '../types';
import { sendFields, voiceSends } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send a voice call',
	description: 'Make one text-to-speech call per input item, up to 1000 per request to ClickSend',
	toolDescription:
		'Make a text-to-speech phone call with ClickSend: the text is read out to the person who answers. Needs the phone number in international format (e.g. +61411111111) and the text; optionally the voice (female or male) and a language code such as en-au or en-us. Returns the message_id, status (SUCCESS when accepted) and message_price.',
};

export const properties: INodeProperties[] = withSendGuards(sendFields);

/** POST /voice/send in batches of up to Batch Size, with the send guards (Skip Items Already Sent, Max Messages / Max Cost per Run). */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, voiceSends.call(this, '/voice/send', true));
}
