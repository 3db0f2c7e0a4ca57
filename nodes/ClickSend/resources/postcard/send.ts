import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	DOCUMENT_FIELDS,
	documentSourceFields,
	documentSourceSelector,
	POSTCARD_DOCUMENT,
	readDocument,
	runDocumentSends,
	type DocumentFieldNames,
	type DocumentRegistry,
	type PreparedDocumentSend,
} from '../../shared/documents';
import { showFor } from '../../shared/routing';
import { postRecipientFields, postRecipientOptions, readPostRecipient } from '../letter/recipient';

/**
 * Postcard → Send (and the same fields for Postcard → Calculate Price): every input item is one
 * postcard to one address. The design is one 2-page PDF (front, back) or two files (front and
 * back) — ClickSend takes one or two file URLs. Items with the same files share the uploads and
 * one request.
 */
const show = showFor('postcard', ['send', 'calculatePrice']);

const BACK_FIELDS: DocumentFieldNames = {
	binaryProperty: 'backBinaryPropertyName',
	fileUrl: 'backFileUrl',
	binaryLabel: 'Back Side Binary Field',
	urlLabel: 'Back Side File URL',
};

export const postcardSendFields: INodeProperties[] = [
	documentSourceSelector(show),
	...documentSourceFields(show, 'postcard (front side, or both sides as a 2-page PDF)'),
	...documentSourceFields(show, 'back side of the postcard, when the front is a separate file', BACK_FIELDS, false),
	...postRecipientFields(show, 'postcard'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: postRecipientOptions('postcard'),
	},
];

export async function preparePostcard(this: IExecuteFunctions, registry: DocumentRegistry, itemIndex: number): Promise<PreparedDocumentSend> {
	const recipient: IDataObject = readPostRecipient.call(this, itemIndex);
	const front = (await readDocument.call(this, registry, itemIndex, POSTCARD_DOCUMENT, DOCUMENT_FIELDS))!;
	const back = await readDocument.call(this, registry, itemIndex, POSTCARD_DOCUMENT, BACK_FIELDS, false);
	return { documents: back ? [front, back] : [front], entry: recipient, recipient: {} };
}

/** What Send and Calculate Price share: the document kind, the request shape and the item reader. */
export const POSTCARD_SENDS = {
	kind: POSTCARD_DOCUMENT,
	listKey: 'recipients',
	fileField: 'file_urls',
	historyName: 'postcard history',
	prepare: preparePostcard,
} as const;

/** POST /post/postcards/send: `file_urls` and the recipients of that document. */
export async function sendPostcard(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, { ...POSTCARD_SENDS, path: '/post/postcards/send', sends: true });
}
