import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	documentSourceFields,
	documentSourceSelector,
	FAX_DOCUMENT,
	readDocument,
	runDocumentSends,
	type DocumentRegistry,
	type PreparedDocumentSend,
} from '../../shared/documents';
import { assertEmail, assertPhoneNumber, toUnixSeconds } from '../../shared/validation';
import { showFor } from '../../shared/routing';
import { scheduleField } from '../sms/shared';

/**
 * Fax → Send (and the same fields for Fax → Calculate Price): every input item is one fax to one
 * number. Items with the same document share one upload and one request (up to 1000 faxes).
 */
const operations = ['send', 'calculatePrice'];
const show = showFor('fax', operations);

export const faxSendFields: INodeProperties[] = [
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show,
		placeholder: 'e.g. +61261111111',
		description: 'The fax number to send to, in international format with the country code (e.g. +61261111111). Map it from the previous node to send one fax per item.',
	},
	documentSourceSelector(show),
	...documentSourceFields(show, 'document to fax'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'e.g. AU',
				description: 'Two-letter country code used to read local fax numbers (e.g. AU turns 0261111111 into +61261111111)',
			},
			{
				displayName: 'Custom String',
				name: 'customString',
				type: 'string',
				default: '',
				description: 'Your own reference for the fax (e.g. an invoice number). ClickSend returns it in delivery receipts.',
			},
			{
				displayName: 'From',
				name: 'from',
				type: 'string',
				default: '',
				placeholder: 'e.g. +61298441484',
				description: "One of your dedicated fax numbers to send from. Leave empty to use ClickSend's shared fax number.",
			},
			{
				displayName: 'Reply Email',
				name: 'fromEmail',
				type: 'string',
				default: '',
				placeholder: 'e.g. name@email.com',
				description: 'An email address where replies to this fax are sent',
			},
			scheduleField(),
			{
				displayName: 'Source',
				name: 'source',
				type: 'string',
				default: 'n8n',
				description: 'Tells ClickSend which application sent the fax; shown in the fax history',
			},
		],
	},
];

/** Reads and checks one item's fax; throws a NodeOperationError naming the bad field. */
export async function prepareFax(this: IExecuteFunctions, registry: DocumentRegistry, itemIndex: number): Promise<PreparedDocumentSend> {
	const node = this.getNode();
	const to = assertPhoneNumber(node, this.getNodeParameter('to', itemIndex, ''), 'To', itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const message: IDataObject = { to, source: String(options.source ?? 'n8n') || 'n8n' };
	if (options.from) message.from = assertPhoneNumber(node, options.from, 'From', itemIndex);
	const schedule = toUnixSeconds(node, options.schedule, 'Schedule', itemIndex, { mustBeFuture: true });
	if (schedule !== undefined) message.schedule = schedule;
	if (options.customString) message.custom_string = String(options.customString);
	if (options.country) message.country = String(options.country).trim().toUpperCase();
	if (options.fromEmail) message.from_email = assertEmail(node, options.fromEmail, 'Reply Email', itemIndex);
	const document = (await readDocument.call(this, registry, itemIndex, FAX_DOCUMENT))!;
	return { documents: [document], entry: message, recipient: { to } };
}

/** What Send and Calculate Price share: the document kind, the request shape and the item reader. */
export const FAX_SENDS = {
	kind: FAX_DOCUMENT,
	listKey: 'messages',
	fileField: 'file_url',
	historyName: 'fax history',
	prepare: prepareFax,
} as const;

/** POST /fax/send: `file_url` and the messages of that document. */
export async function sendFax(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, { ...FAX_SENDS, path: '/fax/send', sends: true });
}
