import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterReader, type ParameterReader } from '../../execution/parameters';
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
import { readSendGuardsIf, readSendKey } from '../../fields/sendGuards';
import type { DocumentSendOptions, PreparedDocumentSend } from '../../sending/documents';
import { assertNotEmpty } from '../../validation/input';
import { assertMessageLength, MMS_LIMITS } from '../../validation/length';

/** What MMS → Send and Calculate Price share: their fields, the check of one MMS, the send. */

/** The fields of MMS → Send (with the send guards) and Calculate Price. */
export const sendFields: INodeProperties[] = [
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

/** Reads and checks one item's MMS: recipient, subject, text, image, sender, options. */
async function prepareMms(
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
 * The document send of MMS → Send (`/mms/send`, guarded) and Calculate Price (`/mms/price`).
 * ClickSend takes one `media_file` per request, so the messages are grouped by image and each
 * group is sent in requests of up to Batch Size; a binary image is uploaded once per distinct file
 * (`POST /uploads?convert=mms`) and its URL used for every request of that image.
 */
export function mmsSends(
	this: IExecuteFunctions,
	path: string,
	sends: boolean,
): DocumentSendOptions {
	const read = parameterReader(this);
	return {
		path,
		sends,
		kind: MMS_MEDIA,
		listKey: 'messages',
		fileField: 'media_file',
		batchSize: readBatchSize(this.getNode(), read),
		historyName: 'MMS history',
		...readSendGuardsIf(this.getNode(), read, sends, '/mms/price'),
		prepare: async (itemIndex) => await prepareMms.call(this, read, itemIndex),
	};
}
