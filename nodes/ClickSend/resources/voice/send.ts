import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	batchSizeOption,
	messageOptionsField,
	messageTextField,
	readMessageFields,
	recipientFields,
} from '../../shared/messageFields';
import { runBatchedMessages, type PreparedMessage } from '../../shared/messages';
import { assertNotEmpty, assertOneOf, assertVoiceLanguage } from '../../shared/validation';
import { showFor } from '../../shared/routing';

/**
 * Voice → Send (and the same fields for Voice → Calculate Price): every input item is one
 * text-to-speech call, sent to ClickSend in batches of up to 1000 per `POST /voice/send`.
 */
const operations = ['send', 'calculatePrice'];
const show = showFor('voice', operations);

export const VOICES = ['female', 'male'];

export const voiceMessageFields: INodeProperties[] = [
	...recipientFields('voice', operations, 'call'),
	messageTextField(
		show,
		'e.g. Your activation code is 9, 0, 9, 0.',
		'The text ClickSend reads out. Up to 1200 plain characters (600 with non-Latin characters); commas add short pauses.',
	),
	{
		displayName: 'Voice',
		name: 'voice',
		type: 'options',
		default: 'female',
		displayOptions: show,
		options: [
			{ name: 'Female', value: 'female' },
			{ name: 'Male', value: 'male' },
		],
		description: 'The voice that reads the message. Some languages have only one voice (see the Language list).',
	},
	{
		displayName: 'Language Name or ID',
		name: 'lang',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getVoiceLanguages' },
		default: 'en-au',
		displayOptions: show,
		description:
			'The language and accent of the voice. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	messageOptionsField('voice', operations, [
		{
			displayName: 'Machine Detection',
			name: 'machineDetection',
			type: 'boolean',
			default: false,
			description: 'Whether to detect an answering machine or voicemail and leave the message there',
		},
		{
			displayName: 'Require Input',
			name: 'requireInput',
			type: 'boolean',
			default: false,
			description: 'Whether to ask the person who answers for a key press; the digits come back in the delivery receipt',
		},
	]),
];

/** Reads and checks one item's call; throws a NodeOperationError naming the bad field. */
export function prepareVoiceMessage(this: IExecuteFunctions, itemIndex: number): PreparedMessage {
	const node = this.getNode();
	const body = assertNotEmpty(node, this.getNodeParameter('message', itemIndex, ''), 'Message', 'Type the text to read out, or map it from a previous node.', itemIndex);
	const voice = assertOneOf(node, this.getNodeParameter('voice', itemIndex, 'female'), 'Voice', VOICES, itemIndex);
	const lang = assertVoiceLanguage(node, this.getNodeParameter('lang', itemIndex, 'en-au'), 'Language', itemIndex);
	const message: IDataObject = { body, voice, lang };
	const { recipient, options } = readMessageFields.call(this, itemIndex, message, { sender: false });
	if (options.machineDetection !== undefined) message.machine_detection = options.machineDetection ? 1 : 0;
	if (options.requireInput !== undefined) message.require_input = options.requireInput ? 1 : 0;
	return { message, recipient };
}

export function voiceRun(this: IExecuteFunctions, path: string, sends: boolean) {
	return {
		path,
		sends,
		batchSize: batchSizeOption.call(this),
		historyName: 'voice history',
		prepare: (itemIndex: number) => prepareVoiceMessage.call(this, itemIndex),
	};
}

export async function sendVoice(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, voiceRun.call(this, '/voice/send', true));
}
