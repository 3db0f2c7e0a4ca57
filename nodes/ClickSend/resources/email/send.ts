import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { emailAddressField, numericIdParameter, parseRecipients, requiredText, scheduleSeconds } from './shared';
import { showFor } from '../../shared/routing';

/**
 * Email → Send (POST /email/send) and Email → Calculate Price (POST /email/price): one email
 * per input item, to one or more recipients, from one of the account's verified addresses.
 */
const operations = ['send', 'calculatePrice'];
const show = showFor('email', operations);

export const emailMessageFields: INodeProperties[] = [
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show,
		placeholder: 'e.g. test1@test.com, Jane Doe &lt;test2@test.com&gt;',
		description:
			'Who gets the email. Separate several addresses with commas. To show a name, write it before the address: Jane Doe &lt;test2@test.com&gt;.',
	},
	emailAddressField(show),
	{
		displayName: 'From Name',
		name: 'fromName',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show,
		placeholder: 'e.g. My Shop',
		description: 'The sender name recipients see',
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show,
		placeholder: 'e.g. Your order has shipped',
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		required: true,
		displayOptions: show,
		placeholder: 'e.g. <p>Hi {{ $json.firstName }}, your order is on its way.</p>',
		description: 'The content of the email, as HTML or plain text',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Attachments',
				name: 'attachments',
				type: 'string',
				default: '',
				placeholder: 'e.g. data, invoice',
				description:
					'Names of binary properties of the input item to attach (files from a previous node), separated by commas',
			},
			{
				displayName: 'BCC',
				name: 'bcc',
				type: 'string',
				default: '',
				placeholder: 'e.g. test3@test.com',
				description: 'Hidden copies to these addresses, separated by commas',
			},
			{
				displayName: 'CC',
				name: 'cc',
				type: 'string',
				default: '',
				placeholder: 'e.g. test2@test.com',
				description: 'Copies to these addresses, separated by commas',
			},
			{
				displayName: 'Schedule',
				name: 'schedule',
				type: 'dateTime',
				default: '',
				description: 'When to send, in the future. Leave empty to send now.',
			},
		],
	},
];

async function attachmentsOf(this: IExecuteSingleFunctions, names: string): Promise<IDataObject[]> {
	const attachments: IDataObject[] = [];
	for (const name of names.split(',').map((entry) => entry.trim()).filter((entry) => entry)) {
		const input = this.getInputData();
		if (!input.binary?.[name]) {
			throw new NodeOperationError(this.getNode(), `Attachments: the item has no binary property "${name}"`, {
				description: `Enter the name of a binary property of the input item (${Object.keys(input.binary ?? {}).join(', ') || 'this item has none'}).`,
				itemIndex: this.getItemIndex(),
			});
		}
		const binary = this.helpers.assertBinaryData(name);
		const buffer = await this.helpers.getBinaryDataBuffer(name);
		attachments.push({
			content: buffer.toString('base64'),
			type: binary.mimeType || 'application/octet-stream',
			filename: binary.fileName ?? name,
			disposition: 'attachment',
			content_id: name,
		});
	}
	return attachments;
}

/**
 * preSend: checks the fields and builds the body of /email/send or /email/price.
 * `from.email_address_id` is sent as a string: the spec types it so (the seed docs show a number;
 * ClickSend accepts both).
 */
export async function buildEmailBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const to = parseRecipients.call(this, this.getNodeParameter('to', ''), 'To');
	if (!to.length) {
		throw new NodeOperationError(this.getNode(), 'To is empty', {
			description: 'Enter at least one email address, e.g. test1@test.com.',
			itemIndex: this.getItemIndex(),
		});
	}
	const fromId = numericIdParameter.call(this, 'fromAddress', 'From Address');
	const fromName = requiredText.call(this, 'fromName', 'From Name', 'Enter the sender name recipients see, e.g. My Shop.');
	const subject = requiredText.call(this, 'subject', 'Subject', 'Enter a subject for the email.');
	const body = requiredText.call(this, 'body', 'Body', 'Enter the content of the email (HTML or text).');
	const options = this.getNodeParameter('options', {}) as IDataObject;

	const request: IDataObject = { to, from: { email_address_id: String(fromId), name: fromName }, subject, body };
	const cc = parseRecipients.call(this, options.cc, 'CC');
	if (cc.length) request.cc = cc;
	const bcc = parseRecipients.call(this, options.bcc, 'BCC');
	if (bcc.length) request.bcc = bcc;
	const schedule = scheduleSeconds.call(this, options.schedule);
	if (schedule !== undefined) request.schedule = schedule;
	if (options.attachments) {
		const attachments = await attachmentsOf.call(this, String(options.attachments));
		if (attachments.length) request.attachments = attachments;
	}
	requestOptions.body = request;
	return requestOptions;
}
