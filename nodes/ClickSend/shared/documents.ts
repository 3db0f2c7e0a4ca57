import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { MAX_MESSAGES_PER_REQUEST, type Recipient } from './batch';
import { runBatchedMessages } from './messages';
import { uploadToClickSend } from './upload';
import { assertBinaryProperty, assertFileType, assertHttpUrl } from './validation';

/**
 * "Upload a document, then send it": shared by Fax, Letter and Postcard (send and price).
 *
 * Every input item is one recipient. Its document comes from a binary property (a PDF made or
 * downloaded by a previous node) or from a public File URL. Each distinct document is uploaded
 * once (`POST /uploads?convert=…`, compared by content, so items that carry the same PDF share
 * one upload), and the recipients of the same document (and the same request options) go to
 * ClickSend together, up to 1000 per request. Each recipient's result comes back on its item.
 */

/** What kind of document an endpoint takes, and how /uploads converts it. */
export interface DocumentKind {
	/** For people, e.g. "PDF". */
	label: string;
	extensions: string[];
	mimeTypes: string[];
	/** `convert` of /uploads: fax, post or postcard. */
	convert: 'fax' | 'post' | 'postcard';
}

const PDF_MIME = 'application/pdf';
const WORD = {
	extensions: ['doc', 'docx'],
	mimeTypes: ['application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
};

/** Fax: PDF, or Word/RTF files that /uploads?convert=fax turns into PDF (seed docs, Send Fax). */
export const FAX_DOCUMENT: DocumentKind = {
	label: 'PDF',
	extensions: ['pdf', ...WORD.extensions, 'rtf'],
	mimeTypes: [PDF_MIME, ...WORD.mimeTypes, 'application/rtf', 'text/rtf'],
	convert: 'fax',
};

/** Letter: PDF, or Word files that /uploads?convert=post turns into PDF (seed docs, Send Letter). */
export const LETTER_DOCUMENT: DocumentKind = {
	label: 'PDF',
	extensions: ['pdf', ...WORD.extensions],
	mimeTypes: [PDF_MIME, ...WORD.mimeTypes],
	convert: 'post',
};

/** Postcard: PDF, Word or an image that /uploads?convert=postcard turns into PDF (seed docs, Send Postcard). */
export const POSTCARD_DOCUMENT: DocumentKind = {
	label: 'PDF or image',
	extensions: ['pdf', ...WORD.extensions, 'jpg', 'jpeg', 'gif', 'png', 'bmp'],
	mimeTypes: [PDF_MIME, ...WORD.mimeTypes, 'image/jpeg', 'image/gif', 'image/png', 'image/bmp'],
	convert: 'postcard',
};

/** The names of the fields of one document (postcards have a second, optional one for the back). */
export interface DocumentFieldNames {
	binaryProperty: string;
	fileUrl: string;
	/** As the user sees it, e.g. "Input Binary Field". */
	binaryLabel: string;
	urlLabel: string;
}

export const DOCUMENT_FIELDS: DocumentFieldNames = {
	binaryProperty: 'binaryPropertyName',
	fileUrl: 'fileUrl',
	binaryLabel: 'Input Binary Field',
	urlLabel: 'File URL',
};

/** "Document Source" plus the binary property / File URL fields of one document. */
export function documentSourceFields(
	displayOptions: IDisplayOptions,
	what: string,
	names: DocumentFieldNames = DOCUMENT_FIELDS,
	required = true,
): INodeProperties[] {
	const show = (source: string): IDisplayOptions => ({ show: { ...displayOptions.show, documentSource: [source] } });
	const binaryField: INodeProperties = {
		displayName: names.binaryLabel,
		name: names.binaryProperty,
		type: 'string',
		default: 'data',
		required,
		displayOptions: show('binary'),
		hint: `The name of the input binary field containing the ${what}`,
		description: `The binary property of the input item that holds the ${what} (a PDF), e.g. "data" after an HTTP Request or Read/Write Files from Disk node${required ? '' : '. Leave empty if there is none.'}`,
	};
	if (!required) binaryField.default = '';
	return [
		binaryField,
		{
			displayName: names.urlLabel,
			name: names.fileUrl,
			type: 'string',
			default: '',
			required,
			displayOptions: show('url'),
			placeholder: 'e.g. https://example.com/document.pdf',
			description: `A public address of the ${what} (a PDF) that ClickSend can download${required ? '' : '. Leave empty if there is none.'}`,
		},
	];
}

export function documentSourceSelector(displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Document Source',
		name: 'documentSource',
		type: 'options',
		default: 'binary',
		displayOptions,
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: 'A PDF from a previous node (e.g. HTTP Request, Read/Write Files from Disk, Google Drive)',
			},
			{ name: 'File URL', value: 'url', description: 'A public address of the PDF' },
		],
		description: 'Where the document comes from',
	};
}

/** One document of one item: its upload key (same content → same key) and how to get its URL. */
export interface DocumentRef {
	key: string;
	url?: string;
	content?: Buffer;
}

/** Remembers the documents seen in this run, to give equal contents the same key. */
export class DocumentRegistry {
	private readonly byHash = new Map<string, Array<{ content: Buffer; key: string }>>();

	private readonly uploads = new Map<string, Promise<string>>();

	private count = 0;

	/** The key of a content, and the first buffer seen with it (so repeated copies are not kept). */
	keyOf(content: Buffer): { key: string; content: Buffer } {
		// FNV-1a over the bytes: a cheap bucket; equal buckets are compared byte by byte.
		let hash = 0x811c9dc5;
		for (const byte of content) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
		const bucket = `${content.length}:${hash}`;
		const entries = this.byHash.get(bucket) ?? [];
		const known = entries.find((entry) => entry.content.equals(content));
		if (known) return known;
		const entry = { content, key: `binary-${++this.count}` };
		entries.push(entry);
		this.byHash.set(bucket, entries);
		return entry;
	}

	/** The document's URL: uploads it the first time a binary document is needed. */
	async urlOf(this: DocumentRegistry, context: IExecuteFunctions, document: DocumentRef, kind: DocumentKind, itemIndex: number): Promise<string> {
		if (document.url) return document.url;
		let upload = this.uploads.get(document.key);
		if (!upload) {
			upload = uploadToClickSend.call(context, document.content!, kind.convert, itemIndex).then(({ url }) => url);
			this.uploads.set(document.key, upload);
		}
		return await upload;
	}
}

/** Reads one document of an item (binary property or File URL) and checks it; undefined when optional and empty. */
export async function readDocument(
	this: IExecuteFunctions,
	registry: DocumentRegistry,
	itemIndex: number,
	kind: DocumentKind,
	names: DocumentFieldNames = DOCUMENT_FIELDS,
	required = true,
): Promise<DocumentRef | undefined> {
	const node = this.getNode();
	const source = this.getNodeParameter('documentSource', itemIndex, 'binary') as string;
	if (source === 'url') {
		const value = String(this.getNodeParameter(names.fileUrl, itemIndex, '') ?? '').trim();
		if (!value && !required) return undefined;
		const url = assertHttpUrl(node, value, names.urlLabel, itemIndex);
		return { key: `url:${url}`, url };
	}
	const name = String(this.getNodeParameter(names.binaryProperty, itemIndex, '') ?? '').trim();
	if (!name && !required) return undefined;
	const property = assertBinaryProperty(node, this.getInputData()[itemIndex].binary, name, names.binaryLabel, itemIndex);
	const file = this.helpers.assertBinaryData(itemIndex, property);
	assertFileType(node, file, kind, `${names.binaryLabel} "${property}"`, itemIndex);
	return registry.keyOf(await this.helpers.getBinaryDataBuffer(itemIndex, property));
}

/** One item's part of a document send, as the operation's `prepare` builds it. */
export interface PreparedDocumentSend {
	/** The item's documents, in the order of `file_urls` (one for fax and letters). */
	documents: DocumentRef[];
	/** The item's entry of the request's `messages[]` / `recipients[]`. */
	entry: IDataObject;
	recipient: Recipient;
	/** Request-level fields (letter colour, duplex…); items with different ones are sent apart. */
	requestFields?: IDataObject;
}

export interface DocumentSendOptions {
	/** e.g. `/fax/send`. */
	path: string;
	/** Whether the request sends (true) or only prices (false). */
	sends: boolean;
	kind: DocumentKind;
	/** `messages` (fax) or `recipients` (post): the request's list and the response's results. */
	listKey: 'messages' | 'recipients';
	/** `file_url` (fax, letters) or `file_urls` (postcards). */
	fileField: 'file_url' | 'file_urls';
	/** Where users see what was sent, e.g. "fax history". */
	historyName: string;
	prepare: (this: IExecuteFunctions, registry: DocumentRegistry, itemIndex: number) => Promise<PreparedDocumentSend>;
}

/** Runs a document send or price over all input items (see the top of this file). */
export async function runDocumentSends(this: IExecuteFunctions, options: DocumentSendOptions): Promise<INodeExecutionData[][]> {
	const registry = new DocumentRegistry();
	const prepared = new Map<number, PreparedDocumentSend>();
	const groupKeyOf = (send: PreparedDocumentSend) =>
		JSON.stringify([send.documents.map((document) => document.key), send.requestFields ?? {}]);
	return await runBatchedMessages.call(this, {
		path: options.path,
		batchSize: MAX_MESSAGES_PER_REQUEST,
		sends: options.sends,
		resultsKey: options.listKey,
		historyName: options.historyName,
		prepare: async (itemIndex) => {
			const send = await options.prepare.call(this, registry, itemIndex);
			prepared.set(itemIndex, send);
			return { message: send.entry, recipient: send.recipient };
		},
		groupKey: (_message, itemIndex) => groupKeyOf(prepared.get(itemIndex)!),
		requestBody: async (batch) => {
			const first = prepared.get(batch[0].itemIndex)!;
			const urls: string[] = [];
			for (const document of first.documents) {
				urls.push(await registry.urlOf(this, document, options.kind, batch[0].itemIndex));
			}
			return {
				[options.fileField]: options.fileField === 'file_url' ? urls[0] : urls,
				...first.requestFields,
				[options.listKey]: batch.map((item) => item.message),
			};
		},
	});
}
