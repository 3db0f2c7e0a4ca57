import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	documentSourceFields,
	documentSourceSelector,
	LETTER_DOCUMENT,
	readDocument,
	runDocumentSends,
	type DocumentRegistry,
	type PreparedDocumentSend,
} from '../../shared/documents';
import { showFor } from '../../shared/routing';
import { postRecipientFields, postRecipientOptions, readPostRecipient } from './recipient';

/**
 * Letter → Send (and the same fields for Letter → Calculate Price): every input item is one
 * letter to one address. Items with the same PDF and print options share one upload and one
 * request.
 */
const show = showFor('letter', ['send', 'calculatePrice']);

const flag = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

export const letterSendFields: INodeProperties[] = [
	documentSourceSelector(show),
	...documentSourceFields(show, 'letter'),
	...postRecipientFields(show, 'letter'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			flag('colour', 'Colour', 'Whether to print in colour (otherwise black and white)'),
			...postRecipientOptions('letter'),
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
		],
	},
];

const bit = (value: unknown) => (value ? 1 : 0);

export async function prepareLetter(this: IExecuteFunctions, registry: DocumentRegistry, itemIndex: number): Promise<PreparedDocumentSend> {
	const recipient = readPostRecipient.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const requestFields: IDataObject = {
		template_used: bit(options.templateUsed),
		colour: bit(options.colour),
		duplex: bit(options.duplex),
		priority_post: bit(options.priorityPost),
		source: String(options.source ?? 'n8n') || 'n8n',
	};
	const document = (await readDocument.call(this, registry, itemIndex, LETTER_DOCUMENT))!;
	return { documents: [document], entry: recipient, recipient: {}, requestFields };
}

/** What Send and Calculate Price share: the document kind, the request shape and the item reader. */
export const LETTER_SENDS = {
	kind: LETTER_DOCUMENT,
	listKey: 'recipients',
	fileField: 'file_url',
	historyName: 'letter history',
	prepare: prepareLetter,
} as const;

/** POST /post/letters/send: `file_url` and the recipients of that document. */
export async function sendLetter(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, { ...LETTER_SENDS, path: '/post/letters/send', sends: true });
}
