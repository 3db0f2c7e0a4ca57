import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	documentSourceFields,
	documentSourceSelector,
	LETTER_DOCUMENT,
	readDocument,
} from '../../fields/document';
import { postRecipientFields, postRecipientOptions, readPostRecipient } from '../../fields/post';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import type { DocumentSendOptions, PreparedDocumentSend } from '../../sending/documents';
import { textOf } from '../../validation/fail';
import { readSendGuardsIf, readSendKey } from '../../fields/sendGuards';
import { optionsCollection } from '../../fields/collections';

/** What Letter → Send and Calculate Price share: their fields, the check of one letter, the document send. */

const flag = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

/** The fields of Letter → Send (with the send guards) and Calculate Price. */
export const sendFields: INodeProperties[] = [
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
		...readSendGuardsIf(this.getNode(), read, sends, '/post/letters/price'),
		prepare: async (itemIndex) => await prepareLetter.call(this, read, itemIndex),
	};
}
