import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	batchSizeOption,
	messageOptionsField,
	messageTextField,
	readMessageFields,
	recipientFields,
} from '../../shared/messageFields';
import { runBatchedMessages, type BatchedMessagesOptions, type PreparedMessage } from '../../shared/messages';
import { uploadToClickSend } from '../../shared/upload';
import {
	assertBinaryProperty,
	assertFileType,
	assertHttpUrl,
	assertMaxFileSize,
	assertMaxLength,
	assertNotEmpty,
} from '../../shared/validation';
import { showFor } from '../../shared/routing';
import { senderField } from '../sms/shared';

/**
 * MMS → Send (and the same fields for MMS → Calculate Price): every input item is one MMS.
 *
 * ClickSend takes one `media_file` per request (`POST /mms/send` {media_file, messages[]}), so
 * the messages are grouped by media file and each group is sent in requests of up to 1000. A
 * binary image is uploaded once per distinct file (`POST /uploads?convert=mms`, which also
 * converts PNG/JPEG/BMP to what MMS needs) and its URL is used for every request of that file.
 */
const operations = ['send', 'calculatePrice'];
const show = showFor('mms', operations);

/** ClickSend's MMS limits (docs: "Maximum File Size", "Supported File Types", subject max 20). */
export const MAX_MMS_FILE_BYTES = 250 * 1024;
export const MAX_MMS_SUBJECT_LENGTH = 20;
const MMS_IMAGE = {
	label: 'JPG, GIF, PNG or BMP image',
	extensions: ['jpg', 'jpeg', 'gif', 'png', 'bmp'],
	mimeTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg', 'image/gif', 'image/png', 'image/bmp', 'image/x-ms-bmp'],
};
/** Image types ClickSend's /mms/send takes by URL without conversion. */
const DIRECT_URL_EXTENSIONS = ['jpg', 'gif'];

export const mmsMessageFields: INodeProperties[] = [
	...recipientFields('mms', operations, 'MMS'),
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show,
		placeholder: 'e.g. Your order',
		description: 'The subject line of the MMS (required by ClickSend, at most 20 characters)',
	},
	messageTextField(
		show,
		'e.g. Hi {{ $json.firstName }}, here is your ticket.',
		'The text of the MMS: up to 1500 plain characters (500 with emoji or non-Latin characters); longer text is cut off',
	),
	{
		displayName: 'Media Source',
		name: 'mediaSource',
		type: 'options',
		default: 'binary',
		displayOptions: show,
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: 'An image from a previous node (JPG, GIF, PNG or BMP); uploaded to ClickSend once per distinct file',
			},
			{ name: 'URL', value: 'url', description: 'A public address of a JPG or GIF image' },
		],
		description: 'Where the image of the MMS comes from',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: showFor('mms', operations, { mediaSource: ['binary'] }),
		hint: 'The name of the input binary field containing the image',
		description: 'The binary property of the input item that holds the image (at most 250 kB), e.g. "data" after an HTTP Request node',
	},
	{
		displayName: 'Media URL',
		name: 'mediaUrl',
		type: 'string',
		default: '',
		required: true,
		displayOptions: showFor('mms', operations, { mediaSource: ['url'] }),
		placeholder: 'e.g. https://example.com/ticket.jpg',
		description: 'A public address of a JPG or GIF image (at most 250 kB). For PNG, JPEG or BMP images use Binary File: the node converts them.',
	},
	senderField(show),
	messageOptionsField('mms', operations),
];

/** The image of one item: its URL, or the distinct binary file it holds. */
interface MediaOfItem {
	key: string;
	url?: string;
	file?: Buffer;
}

function extensionOf(url: string): string {
	const path = url.split(/[?#]/)[0];
	const last = path.split('/').pop() ?? '';
	return last.includes('.') ? (last.split('.').pop() ?? '').toLowerCase() : '';
}

/**
 * The batched-send options of an MMS run: validation of every item (message and image), grouping
 * by image, and the request body with the image's URL (binary images uploaded once each).
 */
export function mmsRun(this: IExecuteFunctions, path: string, sends: boolean): BatchedMessagesOptions {
	const node = this.getNode();
	const items = this.getInputData();
	const mediaOfItem = new Map<number, MediaOfItem>();
	const distinctFiles: Array<{ buffer: Buffer; binaryId?: string }> = [];
	const uploads = new Map<string, Promise<string>>();

	const readMedia = async (itemIndex: number): Promise<MediaOfItem> => {
		const source = this.getNodeParameter('mediaSource', itemIndex, 'binary') as string;
		if (source === 'url') {
			const url = assertHttpUrl(node, this.getNodeParameter('mediaUrl', itemIndex, ''), 'Media URL', itemIndex);
			const extension = extensionOf(url);
			if (extension && !DIRECT_URL_EXTENSIONS.includes(extension)) {
				throw new NodeOperationError(node, `Media URL "${url}" is a .${extension} file, which ClickSend does not take by URL`, {
					description:
						'ClickSend takes only JPG and GIF images by URL. Download the image first (e.g. with an HTTP Request node) and choose Media Source → Binary File: the node then has ClickSend convert it.',
					itemIndex,
				});
			}
			return { key: `url:${url}`, url };
		}
		const property = assertBinaryProperty(
			node,
			items[itemIndex].binary,
			this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string,
			'Input Binary Field',
			itemIndex,
		);
		const binary = this.helpers.assertBinaryData(itemIndex, property);
		const field = `Input Binary Field "${property}"`;
		assertFileType(node, binary, MMS_IMAGE, field, itemIndex);
		// The same stored file (same binary ID) needs no second read.
		const known = binary.id ? distinctFiles.findIndex((file) => file.binaryId === binary.id) : -1;
		if (known >= 0) return { key: `file:${known}`, file: distinctFiles[known].buffer };
		const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, property);
		assertMaxFileSize(node, buffer.length, MAX_MMS_FILE_BYTES, '250 kB', field, itemIndex);
		let index = distinctFiles.findIndex((file) => file.buffer.length === buffer.length && file.buffer.equals(buffer));
		if (index < 0) index = distinctFiles.push({ buffer, binaryId: binary.id }) - 1;
		return { key: `file:${index}`, file: distinctFiles[index].buffer };
	};

	const mediaUrl = async (itemIndex: number): Promise<string> => {
		const media = mediaOfItem.get(itemIndex)!;
		if (media.url) return media.url;
		if (!uploads.has(media.key)) {
			uploads.set(media.key, uploadToClickSend.call(this, media.file!, 'mms', itemIndex).then(({ url }) => url));
		}
		return await uploads.get(media.key)!;
	};

	return {
		path,
		sends,
		batchSize: batchSizeOption.call(this),
		historyName: 'MMS history',
		prepare: async (itemIndex) => {
			const prepared = prepareMmsMessage.call(this, itemIndex);
			mediaOfItem.set(itemIndex, await readMedia(itemIndex));
			return prepared;
		},
		groupKey: (_prepared, itemIndex) => mediaOfItem.get(itemIndex)!.key,
		requestBody: async (batch) => ({
			media_file: await mediaUrl(batch[0].itemIndex),
			messages: batch.map((prepared) => prepared.message),
		}),
	};
}

/** Reads and checks one item's message (without its image); throws a NodeOperationError naming the field. */
export function prepareMmsMessage(this: IExecuteFunctions, itemIndex: number): PreparedMessage {
	const node = this.getNode();
	const subject = assertNotEmpty(node, this.getNodeParameter('subject', itemIndex, ''), 'Subject', 'ClickSend needs a subject for every MMS (SUBJECT_REQUIRED). Type one of at most 20 characters.', itemIndex);
	assertMaxLength(node, subject, 'Subject', MAX_MMS_SUBJECT_LENGTH, itemIndex);
	const body = assertNotEmpty(node, this.getNodeParameter('message', itemIndex, ''), 'Message', 'Type the text of the MMS, or map it from a previous node.', itemIndex);
	const message: IDataObject = { subject, body };
	const { recipient } = readMessageFields.call(this, itemIndex, message);
	return { message, recipient };
}

export async function sendMms(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, mmsRun.call(this, '/mms/send', true));
}
