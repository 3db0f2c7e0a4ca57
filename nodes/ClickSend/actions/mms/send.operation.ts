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
	readSender,
	recipientFields,
	senderField,
} from '../../fields/message';
import {
	MMS_MEDIA,
	mmsMediaFields,
	mmsSubjectField,
	readMmsMedia,
	readMmsSubject,
} from '../../fields/mms';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import { runDocumentSends, type PreparedDocumentSend } from '../../sending/documents';
import { assertNotEmpty } from '../../validation/input';
import { assertMessageLength, MMS_LIMITS } from '../../validation/messageText';
import { readSendGuards, readSendKey, withSendGuards } from '../../fields/sendGuards';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send MMS',
	description: 'Send one MMS (image + text) per input item, up to 1000 per request to ClickSend',
	toolDescription:
		'Send an MMS (an image with a subject and text) with ClickSend. Needs the recipient phone number in international format (e.g. +61411111111), a subject of at most 20 characters, the text (at most 1500 plain characters or 500 with emoji) and the image (a public JPG or GIF URL, or a binary image of at most 250 kB). Returns the message_id, status (SUCCESS when accepted) and message_price.',
};

/** The fields of a send, shared with Calculate Price (which has no send guards). */
export const fields: INodeProperties[] = [
	...recipientFields('MMS'),
	mmsSubjectField,
	messageTextField(
		'e.g. Hi {{ $json.firstName }}, here is your ticket.',
		'The text of the MMS: up to 1500 plain characters (500 with emoji or non-Latin characters)',
	),
	...mmsMediaFields,
	senderField(),
	messageOptionsField(),
];

export const properties: INodeProperties[] = withSendGuards(fields);

/** Reads and checks one item's MMS: recipient, subject, text, image, sender, options. Shared with Calculate Price. */
export async function prepareMms(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): Promise<PreparedDocumentSend> {
	const node = this.getNode();
	const subject = readMmsSubject.call(this, read, itemIndex);
	const text = assertNotEmpty(
		node,
		read('message', itemIndex, ''),
		'Message',
		'Type the text of the MMS, or map it from a previous node.',
		itemIndex,
	);
	const entry: IDataObject = {
		subject,
		body: assertMessageLength(node, text, 'Message', MMS_LIMITS, 'MMS', itemIndex),
	};
	const recipient = readRecipient(node, read, itemIndex, entry);
	readSender(node, read, itemIndex, entry);
	readMessageOptions(node, read, itemIndex, entry);
	return {
		entry,
		recipient,
		documents: [await readMmsMedia.call(this, itemIndex)],
		sendKey: readSendKey(node, read, itemIndex),
	};
}

/**
 * Runs MMS → Send (`/mms/send`) or Calculate Price (`/mms/price`). ClickSend takes one
 * `media_file` per request, so the messages are grouped by image and each group is sent in
 * requests of up to Batch Size; a binary image is uploaded once per distinct file
 * (`POST /uploads?convert=mms`) and its URL used for every request of that image.
 */
export async function runMms(
	this: IExecuteFunctions,
	path: string,
	sends: boolean,
): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runDocumentSends.call(this, {
		path,
		sends,
		kind: MMS_MEDIA,
		listKey: 'messages',
		fileField: 'media_file',
		batchSize: readBatchSize(this.getNode(), read),
		historyName: 'MMS history',
		guards: sends ? readSendGuards(this.getNode(), read) : undefined,
		pricePath: sends ? '/mms/price' : undefined,
		prepare: async (itemIndex) => await prepareMms.call(this, read, itemIndex),
	});
}

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runMms.call(this, '/mms/send', true);
}
