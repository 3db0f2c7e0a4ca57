import { createHash } from 'crypto';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { uploadToClickSend } from '../../transport/upload';
import { MAX_MESSAGES_PER_REQUEST, type Recipient } from './batch';
import { runBatchedMessages } from './messages';
import type { SendGuards } from './spendGuard';

/**
 * "Upload a document, then send it", for Fax, Letter, Postcard and MMS (send and price). Every input
 * item is one recipient. Each distinct document is uploaded once (`POST /uploads?convert=…`,
 * compared by content, so items that carry the same PDF share one upload), and the recipients of
 * the same document and request options go to ClickSend together, up to 1000 per request.
 */

/** What kind of document an endpoint takes, and how /uploads converts it. */
export interface DocumentKind {
	/** For people, e.g. "PDF". */
	label: string;
	extensions: string[];
	mimeTypes: string[];
	/** `convert` of /uploads. */
	convert: 'fax' | 'mms' | 'post' | 'postcard';
	/** The largest file ClickSend takes, when it documents one (MMS: 250 kB); default MAX_UPLOAD_BYTES. */
	maxBytes?: number;
	/** maxBytes for people, e.g. "250 kB". */
	maxSizeLabel?: string;
}

/** One item's document: a public URL, or the file's content (uploaded later, once per content). */
export type DocumentSource = { url: string } | { content: Buffer };

/** One document of one item: its key (same content → same key) and how to get its URL. */
interface DocumentRef {
	key: string;
	/** The same for the same document in every run (its URL, or a SHA-256 of its bytes): part of the Already Sent key. */
	fingerprint: string;
	url?: string;
	content?: Buffer;
}

/** Remembers the documents of this run, to give equal contents one key and one upload. */
class DocumentRegistry {
	private readonly byHash = new Map<string, DocumentRef[]>();

	private readonly uploads = new Map<string, Promise<string>>();

	private count = 0;

	refOf(source: DocumentSource): DocumentRef {
		if ('url' in source)
			return { key: `url:${source.url}`, fingerprint: `url:${source.url}`, url: source.url };
		// FNV-1a over the bytes: a cheap bucket; equal buckets are compared byte by byte.
		let hash = 0x811c9dc5;
		for (const byte of source.content) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
		const bucket = `${source.content.length}:${hash}`;
		const entries = this.byHash.get(bucket) ?? [];
		const known = entries.find((entry) => entry.content!.equals(source.content));
		if (known) return known;
		const fingerprint = `sha256:${createHash('sha256').update(source.content).digest('hex')}`;
		const entry: DocumentRef = {
			content: source.content,
			key: `binary-${++this.count}`,
			fingerprint,
		};
		entries.push(entry);
		this.byHash.set(bucket, entries);
		return entry;
	}

	/** The document's URL: uploads it the first time a binary document is needed. */
	async urlOf(
		context: IExecuteFunctions,
		document: DocumentRef,
		kind: DocumentKind,
		itemIndex: number,
	): Promise<string> {
		if (document.url) return document.url;
		let upload = this.uploads.get(document.key);
		if (!upload) {
			upload = uploadToClickSend
				.call(context, document.content!, kind.convert, itemIndex)
				.then(({ url }) => url);
			this.uploads.set(document.key, upload);
		}
		return await upload;
	}
}

/** One item's part of a document send, as the operation's `prepare` builds it. */
export interface PreparedDocumentSend {
	/** The item's documents, in the order of `file_urls` (one for fax and letters). */
	documents: DocumentSource[];
	/** The item's entry of the request's `messages[]` / `recipients[]`. */
	entry: IDataObject;
	recipient: Recipient;
	/** Request-level fields (letter colour, duplex…); items with different ones are sent apart. */
	requestFields?: IDataObject;
	/** The item's Already Sent Key; default: the message and its documents. */
	sendKey?: string;
}

export interface DocumentSendOptions {
	/** e.g. `/fax/send`. */
	path: string;
	/** Whether the request sends (true) or only prices (false). */
	sends: boolean;
	kind: DocumentKind;
	/** `messages` (fax) or `recipients` (post): the request's list and the response's results. */
	listKey: 'messages' | 'recipients';
	/** `file_url` (fax, letters), `file_urls` (postcards) or `media_file` (MMS). */
	fileField: 'file_url' | 'file_urls' | 'media_file';
	/** Where users see what was sent, e.g. "fax history". */
	historyName: string;
	/** Recipients per request (1 to 1000); default 1000. */
	batchSize?: number;
	/** The run's send guards (sends only; see fields/sendGuards.ts). */
	guards?: SendGuards;
	/** Where the same requests are priced, for Max Cost per Run. */
	pricePath?: string;
	prepare: (this: IExecuteFunctions, itemIndex: number) => Promise<PreparedDocumentSend>;
}

/** Runs a document send or price over all input items (see the top of this file). */
export async function runDocumentSends(
	this: IExecuteFunctions,
	options: DocumentSendOptions,
): Promise<INodeExecutionData[][]> {
	const registry = new DocumentRegistry();
	// Per item only the document refs are kept: items with the same file share one buffer.
	const prepared = new Map<
		number,
		{ requestFields?: IDataObject; documents: DocumentRef[]; group: string }
	>();
	return await runBatchedMessages.call(this, {
		path: options.path,
		batchSize: options.batchSize ?? MAX_MESSAGES_PER_REQUEST,
		sends: options.sends,
		resultsKey: options.listKey,
		historyName: options.historyName,
		guards: options.guards,
		pricePath: options.pricePath,
		defaultSendKey: (entry) => {
			const { documents, requestFields } = prepared.get(entry.itemIndex)!;
			return JSON.stringify([
				documents.map((document) => document.fingerprint),
				requestFields ?? {},
				{ ...entry.message, source: undefined },
			]);
		},
		prepare: async (itemIndex) => {
			const send = await options.prepare.call(this, itemIndex);
			const documents = send.documents.map((source) => registry.refOf(source));
			const group = JSON.stringify([
				documents.map((document) => document.key),
				send.requestFields ?? {},
			]);
			prepared.set(itemIndex, { requestFields: send.requestFields, documents, group });
			return { message: send.entry, recipient: send.recipient, sendKey: send.sendKey };
		},
		groupKey: (entry) => prepared.get(entry.itemIndex)!.group,
		requestBody: async (batch) => {
			const first = prepared.get(batch[0].itemIndex)!;
			const urls: string[] = [];
			for (const document of first.documents)
				urls.push(await registry.urlOf(this, document, options.kind, batch[0].itemIndex));
			return {
				[options.fileField]: options.fileField === 'file_urls' ? urls : urls[0],
				...first.requestFields,
				[options.listKey]: batch.map((entry) => entry.message),
			};
		},
	});
}
