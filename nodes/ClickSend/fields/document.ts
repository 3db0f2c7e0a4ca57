import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	assertBinaryProperty,
	assertFileSize,
	assertFileType,
	MAX_UPLOAD_BYTES,
	MAX_UPLOAD_LABEL,
} from '../validation/files';
import { textOf } from '../validation/fail';
import { assertHttpUrl } from '../validation/input';
import type { DocumentKind, DocumentSource } from '../sending/documents';

/**
 * The document of a fax, letter or postcard: from a binary property (a PDF made or downloaded by
 * a previous node) or a public File URL. Fields and the reader that checks one item's document.
 */

const PDF_MIME = 'application/pdf';
const WORD = {
	extensions: ['doc', 'docx'],
	mimeTypes: [
		'application/msword',
		'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	],
};

/** Fax: PDF, or Word/RTF files that /uploads?convert=fax turns into PDF (ClickSend's API reference, Send Fax). */
export const FAX_DOCUMENT: DocumentKind = {
	label: 'PDF',
	extensions: ['pdf', ...WORD.extensions, 'rtf'],
	mimeTypes: [PDF_MIME, ...WORD.mimeTypes, 'application/rtf', 'text/rtf'],
	convert: 'fax',
};

/** Letter: PDF, or Word files that /uploads?convert=post turns into PDF (ClickSend's API reference, Send Letter). */
export const LETTER_DOCUMENT: DocumentKind = {
	label: 'PDF',
	extensions: ['pdf', ...WORD.extensions],
	mimeTypes: [PDF_MIME, ...WORD.mimeTypes],
	convert: 'post',
};

/** Postcard: PDF, Word or an image that /uploads?convert=postcard turns into PDF (ClickSend's API reference, Send Postcard). */
export const POSTCARD_DOCUMENT: DocumentKind = {
	label: 'PDF or image',
	extensions: ['pdf', ...WORD.extensions, 'jpg', 'jpeg', 'gif', 'png', 'bmp'],
	mimeTypes: [PDF_MIME, ...WORD.mimeTypes, 'image/jpeg', 'image/gif', 'image/png', 'image/bmp'],
	convert: 'postcard',
};

/** The names of the fields of one document (postcards have a second, optional one for the back). */
export interface DocumentFieldNames {
	/** The source selector (binary or url); default `documentSource`. */
	source?: string;
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

export const documentSourceSelector: INodeProperties = {
	displayName: 'Document Source',
	name: 'documentSource',
	type: 'options',
	default: 'binary',
	options: [
		{
			name: 'Binary File',
			value: 'binary',
			description:
				'A PDF from a previous node (e.g. HTTP Request, Read/Write Files from Disk, Google Drive)',
		},
		{ name: 'File URL', value: 'url', description: 'A public address of the PDF' },
	],
	description: 'Where the document comes from',
};

/** The binary property / File URL fields of one document, shown for the Document Source chosen. */
export function documentSourceFields(
	what: string,
	names: DocumentFieldNames = DOCUMENT_FIELDS,
	required = true,
): INodeProperties[] {
	const binaryField: INodeProperties = {
		displayName: names.binaryLabel,
		name: names.binaryProperty,
		type: 'string',
		default: '',
		required,
		displayOptions: { show: { documentSource: ['binary'] } },
		hint: `The name of the input binary field containing the ${what}`,
		description: `The binary property of the input item that holds the ${what} (a PDF), e.g. "data" after an HTTP Request or Read/Write Files from Disk node${required ? '' : '. Leave empty if there is none.'}`,
	};
	if (required) binaryField.default = 'data';
	return [
		binaryField,
		{
			displayName: names.urlLabel,
			name: names.fileUrl,
			type: 'string',
			default: '',
			required,
			displayOptions: { show: { documentSource: ['url'] } },
			placeholder: 'e.g. https://example.com/document.pdf',
			description: `A public address of the ${what} (a PDF) that ClickSend can download${required ? '' : '. Leave empty if there is none.'}`,
		},
	];
}

/** Reads and checks one document of an item (type, not empty, at most 20 MB or the kind's maxBytes); undefined when optional and empty. */
export async function readDocument(
	this: IExecuteFunctions,
	itemIndex: number,
	kind: DocumentKind,
	names: DocumentFieldNames = DOCUMENT_FIELDS,
	required = true,
): Promise<DocumentSource | undefined> {
	const node = this.getNode();
	const source = this.getNodeParameter(
		names.source ?? 'documentSource',
		itemIndex,
		'binary',
	) as string;
	if (source === 'url') {
		const value = textOf(
			node,
			this.getNodeParameter(names.fileUrl, itemIndex, ''),
			names.urlLabel,
			itemIndex,
		).trim();
		if (!value && !required) return undefined;
		return { url: assertHttpUrl(node, value, names.urlLabel, itemIndex) };
	}
	const name = textOf(
		node,
		this.getNodeParameter(names.binaryProperty, itemIndex, ''),
		names.binaryLabel,
		itemIndex,
	).trim();
	if (!name && !required) return undefined;
	const property = assertBinaryProperty(
		node,
		this.getInputData()[itemIndex].binary,
		name,
		names.binaryLabel,
		itemIndex,
	);
	const file = this.helpers.assertBinaryData(itemIndex, property);
	const field = `${names.binaryLabel} "${property}"`;
	assertFileType(node, file, kind, field, itemIndex);
	const content = await this.helpers.getBinaryDataBuffer(itemIndex, property);
	assertFileSize(
		node,
		content.length,
		kind.maxBytes ?? MAX_UPLOAD_BYTES,
		kind.maxSizeLabel ?? MAX_UPLOAD_LABEL,
		field,
		itemIndex,
	);
	return { content };
}
