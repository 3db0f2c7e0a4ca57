import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	messageOptionsField,
	messageTextField,
	readBatchSize,
	readMessageOptions,
	readRecipient,
	recipientFields,
} from '../../fields/message';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import { readSendGuards, readSendKey, sendGuardOptions } from '../../fields/sendGuards';
import { runBatchedMessages, type PreparedMessage } from '../../sending/messages';
import { assertNotEmpty, assertOneOf, assertVoiceLanguage } from '../../validation/input';
import type { OperationOption } from '../types';

export const VOICES = ['female', 'male'];

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send a voice call',
	description: 'Make one text-to-speech call per input item, up to 1000 per request to ClickSend',
	toolDescription:
		'Make a text-to-speech phone call with ClickSend: the text is read out to the person who answers. Needs the phone number in international format (e.g. +61411111111) and the text; optionally the voice (female or male) and a language code such as en-au or en-us. Returns the message_id, status (SUCCESS when accepted) and message_price.',
};

/** Who is called, the text and the voice: shared with Calculate Price. */
export const voiceFields: INodeProperties[] = [
	...recipientFields('call'),
	messageTextField(
		'e.g. Your activation code is 9, 0, 9, 0.',
		'The text ClickSend reads out. Up to 1200 plain characters (600 with non-Latin characters); commas add short pauses.',
	),
	{
		displayName: 'Voice',
		name: 'voice',
		type: 'options',
		default: 'female',
		options: [
			{ name: 'Female', value: 'female' },
			{ name: 'Male', value: 'male' },
		],
		description:
			'The voice that reads the message. Some languages have only one voice (see the Language list).',
	},
	{
		displayName: 'Language Name or ID',
		name: 'lang',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getVoiceLanguages' },
		default: 'en-au',
		description:
			'The language and accent of the voice. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

/** The options of a call, besides the common ones of messageOptionsField. */
export const voiceOptions: INodeProperties[] = [
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
		description:
			'Whether to ask the person who answers for a key press; the digits come back in the delivery receipt',
	},
];

export const properties: INodeProperties[] = [
	...voiceFields,
	messageOptionsField([...voiceOptions, ...sendGuardOptions]),
];

/** Reads and checks one item's call (voice calls have no sender). Shared with Calculate Price. */
export function prepareVoice(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): PreparedMessage {
	const node = this.getNode();
	const message: IDataObject = {
		body: assertNotEmpty(
			node,
			read('message', itemIndex, ''),
			'Message',
			'Type the text to read out, or map it from a previous node.',
			itemIndex,
		),
		voice: assertOneOf(node, read('voice', itemIndex, 'female'), 'Voice', VOICES, itemIndex),
		lang: assertVoiceLanguage(node, read('lang', itemIndex, 'en-au'), 'Language', itemIndex),
	};
	const recipient = readRecipient(node, read, itemIndex, message);
	const options = readMessageOptions(node, read, itemIndex, message);
	if (options.machineDetection !== undefined)
		message.machine_detection = options.machineDetection ? 1 : 0;
	if (options.requireInput !== undefined) message.require_input = options.requireInput ? 1 : 0;
	return { message, recipient, sendKey: readSendKey(node, read, itemIndex) };
}

/** POST /voice/send in batches of up to Batch Size, with the send guards (Skip Items Already Sent, Max Messages / Max Cost Per Run). */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runBatchedMessages.call(this, {
		path: '/voice/send',
		batchSize: readBatchSize(this.getNode(), read),
		sends: true,
		historyName: 'voice history',
		guards: readSendGuards(this.getNode(), read),
		pricePath: '/voice/price',
		prepare: (itemIndex) => prepareVoice.call(this, read, itemIndex),
	});
}
