import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	DOCUMENT_FIELDS,
	documentSourceFields,
	documentSourceSelector,
	POSTCARD_DOCUMENT,
	readDocument,
	type DocumentFieldNames,
} from '../../fields/document';
import { postRecipientFields, postRecipientOptions, readPostRecipient } from '../../fields/post';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import type { DocumentSendOptions, PreparedDocumentSend } from '../../sending/documents';
import { readSendGuardsIf, readSendKey } from '../../fields/sendGuards';
import { optionsCollection } from '../../fields/collections';

/** What Postcard → Send and Calculate Price share: their fields, the check of one postcard, the document send. */

/** The optional second file: the back side, when the front is a separate file. */
const BACK_FIELDS: DocumentFieldNames = {
	binaryProperty: 'backBinaryPropertyName',
	fileUrl: 'backFileUrl',
	binaryLabel: 'Back Side Binary Field',
	urlLabel: 'Back Side File URL',
};

/** The fields of Postcard → Send (with the send guards) and Calculate Price. */
export const sendFields: INodeProperties[] = [
	documentSourceSelector,
	...documentSourceFields('postcard (front side, or both sides as a 2-page PDF)'),
	...documentSourceFields(
		'back side of the postcard, when the front is a separate file',
		BACK_FIELDS,
		false,
	),
	...postRecipientFields('postcard'),
	optionsCollection(postRecipientOptions('postcard')),
];

/** Reads and checks one item's postcard: address, return address, options, front (and back) file. */
async function preparePostcard(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): Promise<PreparedDocumentSend> {
	const recipient = readPostRecipient(this.getNode(), read, itemIndex);
	const front = (await readDocument.call(this, itemIndex, POSTCARD_DOCUMENT, DOCUMENT_FIELDS))!;
	const back = await readDocument.call(this, itemIndex, POSTCARD_DOCUMENT, BACK_FIELDS, false);
	return {
		documents: back ? [front, back] : [front],
		entry: recipient,
		recipient: {},
		sendKey: readSendKey(this.getNode(), read, itemIndex),
	};
}

/**
 * The document send of Postcard → Send and Postcard → Calculate Price: ClickSend takes one or two
 * file URLs (`file_urls`, front first); items with the same files share the uploads and a request.
 */
export function postcardSends(
	this: IExecuteFunctions,
	path: string,
	sends: boolean,
): DocumentSendOptions {
	const read = parameterReader(this);
	return {
		path,
		sends,
		kind: POSTCARD_DOCUMENT,
		listKey: 'recipients',
		fileField: 'file_urls',
		historyName: 'postcard history',
		...readSendGuardsIf(this.getNode(), read, sends, '/post/postcards/price'),
		prepare: async (itemIndex) => await preparePostcard.call(this, read, itemIndex),
	};
}
