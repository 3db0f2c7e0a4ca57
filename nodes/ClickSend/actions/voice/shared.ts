import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterReader, type ParameterReader } from '../../execution/parameters';
import {
	messageOptionsField,
	messageTextField,
	readBatchSize,
	readMessageOptions,
	readRecipient,
	recipientFields,
} from '../../fields/message';
import { readSendGuardsIf, readSendKey } from '../../fields/sendGuards';
import type { BatchedMessagesOptions, PreparedMessage } from '../../sending/messages';
import { assertNotEmpty, assertOneOf, assertVoiceLanguage } from '../../validation/input';

/** What Voice → Send and Calculate Price share: their fields, the check of one call, the batched calls. */

const VOICES = ['female', 'male'];

/** Who is called, the text and the voice. */
const callFields: INodeProperties[] = [
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
const callOptions: INodeProperties[] = [
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

/** The fields of Voice → Send (with the send guards) and Calculate Price. */
export const sendFields: INodeProperties[] = [...callFields, messageOptionsField(callOptions)];

/** Reads and checks one item's call (voice calls have no sender). */
function prepareVoice(
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

/** The batched calls of Voice → Send (`/voice/send`, guarded) and Calculate Price (`/voice/price`): same fields, same body. */
export function voiceSends(
	this: IExecuteFunctions,
	path: string,
	sends: boolean,
): BatchedMessagesOptions {
	const read = parameterReader(this);
	return {
		path,
		batchSize: readBatchSize(this.getNode(), read),
		sends,
		historyName: 'voice history',
		...readSendGuardsIf(this.getNode(), read, sends, '/voice/price'),
		prepare: (itemIndex) => prepareVoice.call(this, read, itemIndex),
	};
}
