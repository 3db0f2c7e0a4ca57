import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	documentSourceFields,
	documentSourceSelector,
	FAX_DOCUMENT,
	readDocument,
} from '../../fields/document';
import { messageOptionsField, readBatchSize, readMessageOptions } from '../../fields/message';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import type { DocumentSendOptions, PreparedDocumentSend } from '../../sending/documents';
import { textOf } from '../../validation/fail';
import { assertEmail, assertPhoneNumber } from '../../validation/input';
import { readSendGuardsIf, readSendKey } from '../../fields/sendGuards';

/** What Fax → Send and Calculate Price share: their fields, the check of one fax, the document send. */

/** The fields of Fax → Send (with the send guards) and Calculate Price. */
export const sendFields: INodeProperties[] = [
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +61261111111',
		description:
			'The fax number to send to, in international format with the country code (e.g. +61261111111). Map it from the previous node to send one fax per item.',
	},
	documentSourceSelector,
	...documentSourceFields('document to fax'),
	messageOptionsField([
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '',
			placeholder: 'e.g. +61298441484',
			description:
				"One of your dedicated fax numbers to send from. Leave empty to use ClickSend's shared fax number.",
		},
		{
			displayName: 'Reply Email',
			name: 'fromEmail',
			type: 'string',
			default: '',
			placeholder: 'e.g. name@email.com',
			description: 'An email address where replies to this fax are sent',
		},
	]),
];

/** Reads and checks one item's fax (number, options, document); throws naming the bad field. */
async function prepareFax(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): Promise<PreparedDocumentSend> {
	const node = this.getNode();
	const to = assertPhoneNumber(node, read('to', itemIndex, ''), 'To', itemIndex);
	const message: IDataObject = { to };
	const options = readMessageOptions(node, read, itemIndex, message);
	const from = textOf(node, options.from, 'From', itemIndex);
	if (from.trim()) message.from = assertPhoneNumber(node, from, 'From', itemIndex);
	const replyEmail = textOf(node, options.fromEmail, 'Reply Email', itemIndex);
	if (replyEmail.trim())
		message.from_email = assertEmail(node, replyEmail, 'Reply Email', itemIndex);
	const document = (await readDocument.call(this, itemIndex, FAX_DOCUMENT))!;
	return {
		documents: [document],
		entry: message,
		recipient: { to },
		sendKey: readSendKey(this.getNode(), read, itemIndex),
	};
}

/** The document send of Fax → Send (`/fax/send`) and Fax → Calculate Price (`/fax/price`): same fields, same body. */
export function faxSends(
	this: IExecuteFunctions,
	path: string,
	sends: boolean,
): DocumentSendOptions {
	const read = parameterReader(this);
	return {
		path,
		sends,
		kind: FAX_DOCUMENT,
		listKey: 'messages',
		fileField: 'file_url',
		historyName: 'fax history',
		batchSize: readBatchSize(this.getNode(), read),
		...readSendGuardsIf(this.getNode(), read, sends, '/fax/price'),
		prepare: async (itemIndex) => await prepareFax.call(this, read, itemIndex),
	};
}
