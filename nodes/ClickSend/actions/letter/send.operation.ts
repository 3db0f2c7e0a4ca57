import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	documentSourceFields,
	documentSourceSelector,
	LETTER_DOCUMENT,
	readDocument,
} from '../../fields/document';
import { postRecipientFields, postRecipientOptions, readPostRecipient } from '../../fields/post';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import {
	runDocumentSends,
	type DocumentSendOptions,
	type PreparedDocumentSend,
} from '../../sending/documents';
import { textOf } from '../../validation/fail';
import { readSendGuards, readSendKey, withSendGuards } from '../../fields/sendGuards';
import type { OperationOption } from '../types';
import { optionsCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send a letter',
	description: 'Print and post a PDF to one address per input item',
	toolDescription:
		'Print a PDF and post it as a letter with ClickSend. Needs the document (a PDF from binary data or a File URL), the postal address (name, line 1, city, postal code, two-letter country code) and the ID of a return address. Returns the message_id, status (SUCCESS when accepted), post_pages and post_price.',
};

const flag = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

/** The fields of a send, shared with Calculate Price (which has no send guards). */
export const fields: INodeProperties[] = [
	documentSourceSelector,
	...documentSourceFields('letter'),
	...postRecipientFields('letter'),
	optionsCollection([
		flag('colour', 'Colour', 'Whether to print in colour (otherwise black and white)'),
		flag('duplex', 'Double-Sided', 'Whether to print on both sides of the paper'),
		flag('priorityPost', 'Priority Post', 'Whether to send by priority post'),
		{
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: 'n8n',
			description: 'Tells ClickSend which application sent the letter',
		},
		flag(
			'templateUsed',
			'Uses ClickSend Template',
			"Whether the PDF was made with ClickSend's letter template (see ClickSend's letter specification guide)",
		),
		...postRecipientOptions('letter'),
	] as INodeProperties[]),
];

export const properties: INodeProperties[] = withSendGuards(fields);

/** ClickSend's flags are 1 or 0 (ClickSend's API reference, Send Letter). */
const bit = (value: unknown) => (value === true || value === 'true' || value === 1 ? 1 : 0);

/** Reads and checks one item's letter: address, return address, options, document. */
async function prepareLetter(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): Promise<PreparedDocumentSend> {
	const node = this.getNode();
	const recipient = readPostRecipient(node, read, itemIndex);
	const options = read<IDataObject>('options', itemIndex, {});
	// Request-level fields: items with different print options go to ClickSend in separate requests.
	const requestFields: IDataObject = {
		template_used: bit(options.templateUsed),
		colour: bit(options.colour),
		duplex: bit(options.duplex),
		priority_post: bit(options.priorityPost),
		source: textOf(node, options.source ?? 'n8n', 'Source', itemIndex) || 'n8n',
	};
	const document = (await readDocument.call(this, itemIndex, LETTER_DOCUMENT))!;
	return {
		documents: [document],
		entry: recipient,
		recipient: {},
		requestFields,
		sendKey: readSendKey(this.getNode(), read, itemIndex),
	};
}

/** The document send of Letter → Send and Letter → Calculate Price: same fields, same body. */
export function letterSends(
	this: IExecuteFunctions,
	path: string,
	sends: boolean,
): DocumentSendOptions {
	const read = parameterReader(this);
	return {
		path,
		sends,
		kind: LETTER_DOCUMENT,
		listKey: 'recipients',
		fileField: 'file_url',
		historyName: 'letter history',
		guards: sends ? readSendGuards(this.getNode(), read) : undefined,
		pricePath: sends ? '/post/letters/price' : undefined,
		prepare: async (itemIndex) => await prepareLetter.call(this, read, itemIndex),
	};
}

/** POST /post/letters/send: `file_url`, the print options and the recipients of that document. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, letterSends.call(this, '/post/letters/send', true));
}
