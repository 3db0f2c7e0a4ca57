import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { withSendGuards } from '../../fields/sendGuards';
import { runDocumentSends } from '../../sending/documents';
import type { OperationOption } from '../types';
import { mmsSends, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an MMS',
	description: 'Send one MMS (image + text) per input item, up to 1000 per request to ClickSend',
	toolDescription:
		'Send an MMS (an image with a subject and text) with ClickSend. Needs the recipient phone number in international format (e.g. +61411111111), a subject of at most 20 characters, the text (at most 1500 plain characters or 500 with emoji) and the image (a public JPG or GIF URL, or a binary image of at most 250 kB). Returns the message_id, status (SUCCESS when accepted) and message_price.',
};

export const properties: INodeProperties[] = withSendGuards(sendFields);

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, mmsSends.call(this, '/mms/send', true));
}
