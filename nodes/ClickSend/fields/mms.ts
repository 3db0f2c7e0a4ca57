import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../execution/parameters';
import { fail } from '../validation/fail';
import { assertNotEmpty } from '../validation/input';
import { assertMaxLength } from '../validation/length';
import type { DocumentKind, DocumentSource } from '../sending/documents';
import { readDocument, type DocumentFieldNames } from './document';

/**
 * What an MMS has beyond an SMS (MMS → Send / Calculate Price, MMS Campaign): a subject and an
 * image, from a binary property of the item or a public URL, with the readers that check them.
 * Binary images are uploaded by the caller (`POST /uploads?convert=mms`, which also converts
 * PNG/JPEG/BMP for MMS).
 */

/** ClickSend's limit for an MMS subject (ClickSend's API reference: "Subject line (max 20 characters)"). */
export const MAX_MMS_SUBJECT_LENGTH = 20;

export const mmsSubjectField: INodeProperties = {
	displayName: 'Subject',
	name: 'subject',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Your order',
	description: 'The subject line of the MMS (required by ClickSend, at most 20 characters)',
};

/** Reads and checks one item's Subject: not empty (ClickSend: SUBJECT_REQUIRED), at most 20 characters. */
export function readMmsSubject(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): string {
	const node = this.getNode();
	const subject = assertNotEmpty(
		node,
		read('subject', itemIndex, ''),
		'Subject',
		'ClickSend needs a subject for every MMS (SUBJECT_REQUIRED). Type one of at most 20 characters.',
		itemIndex,
	);
	return assertMaxLength(node, subject, 'Subject', MAX_MMS_SUBJECT_LENGTH, itemIndex);
}

/** ClickSend's MMS limits (ClickSend's API reference, MMS: "Maximum File Size" 250 kB, "Supported File Types"). */
export const MAX_MMS_FILE_BYTES = 250 * 1024;

export const MMS_MEDIA: DocumentKind = {
	label: 'JPG, GIF, PNG or BMP image',
	extensions: ['jpg', 'jpeg', 'gif', 'png', 'bmp'],
	mimeTypes: [
		'image/jpeg',
		'image/jpg',
		'image/pjpeg',
		'image/gif',
		'image/png',
		'image/bmp',
		'image/x-ms-bmp',
	],
	convert: 'mms',
	maxBytes: MAX_MMS_FILE_BYTES,
	maxSizeLabel: '250 kB',
};

/** Image types ClickSend's MMS endpoints take by URL without conversion. */
const DIRECT_URL_EXTENSIONS = ['jpg', 'gif'];

const MEDIA_FIELDS: DocumentFieldNames = {
	source: 'mediaSource',
	binaryProperty: 'binaryPropertyName',
	fileUrl: 'mediaUrl',
	binaryLabel: 'Input Binary Field',
	urlLabel: 'Media URL',
};

/** Media Source, Input Binary Field and Media URL. */
export const mmsMediaFields: INodeProperties[] = [
	{
		displayName: 'Media Source',
		name: 'mediaSource',
		type: 'options',
		default: 'binary',
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description:
					'An image from a previous node (JPG, GIF, PNG or BMP); uploaded to ClickSend once per distinct file',
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
		displayOptions: { show: { mediaSource: ['binary'] } },
		hint: 'The name of the input binary field containing the image',
		description:
			'The binary property of the input item that holds the image (at most 250 kB), e.g. "data" after an HTTP Request node',
	},
	{
		displayName: 'Media URL',
		name: 'mediaUrl',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { mediaSource: ['url'] } },
		placeholder: 'e.g. https://example.com/ticket.jpg',
		description:
			'A public address of a JPG or GIF image (at most 250 kB). For PNG, JPEG or BMP images use Binary File: the node converts them.',
	},
];

function extensionOf(url: string): string {
	const last = url.split(/[?#]/)[0].split('/').pop() ?? '';
	return last.includes('.') ? (last.split('.').pop() ?? '').toLowerCase() : '';
}

/**
 * Reads and checks the image of one item: a binary JPG/GIF/PNG/BMP of 1 byte to 250 kB, or a
 * public URL of a JPG or GIF (ClickSend converts other types only when they are uploaded).
 */
export async function readMmsMedia(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<DocumentSource> {
	const media = (await readDocument.call(this, itemIndex, MMS_MEDIA, MEDIA_FIELDS))!;
	if ('url' in media) {
		const extension = extensionOf(media.url);
		if (extension && !DIRECT_URL_EXTENSIONS.includes(extension)) {
			fail(
				this.getNode(),
				`Media URL "${media.url}" is a .${extension} file, which ClickSend does not take by URL`,
				'ClickSend takes only JPG and GIF images by URL. Download the image first (e.g. with an HTTP Request node) and choose Media Source → Binary File: the node then has ClickSend convert it.',
				itemIndex,
			);
		}
	}
	return media;
}
