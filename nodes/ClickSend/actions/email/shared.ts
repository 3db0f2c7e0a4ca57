import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { emailContentFields, readEmailContent } from '../../fields/email';
import { scheduleField } from '../../fields/message';
import type { ParameterReader } from '../../execution/parameters';
import { toUnixSeconds } from '../../validation/dates';
import { assertEmailRecipients } from '../../validation/emailRecipients';
import { fail, textOf } from '../../validation/fail';
import {
	assertBinaryProperty,
	assertFileSize,
	MAX_UPLOAD_BYTES,
	MAX_UPLOAD_LABEL,
} from '../../validation/files';
import { optionsCollection } from '../../fields/collections';

/** What Email → Send and Calculate Price share: their fields, the check of one email and its body. */

/** The fields of Email → Send (with the send guards) and Calculate Price. */
export const sendFields: INodeProperties[] = [
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. test1@test.com, Jane Doe &lt;test2@test.com&gt;',
		description:
			'Who gets the email. Separate several addresses with commas. To show a name, write it before the address: Jane Doe &lt;test2@test.com&gt;.',
	},
	...emailContentFields({
		subject: 'e.g. Your order has shipped',
		body: 'e.g. <p>Hi {{ $json.firstName }}, your order is on its way.</p>',
	}),
	optionsCollection([
		{
			displayName: 'Attachments',
			name: 'attachments',
			type: 'string',
			default: '',
			placeholder: 'e.g. data, invoice',
			description: `Names of binary properties of the input item to attach (files from a previous node, at most ${MAX_UPLOAD_LABEL} each), separated by commas`,
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
		scheduleField,
	]),
];

/** One item's email: the request body, and the binary properties to attach when it is sent. */
export interface PreparedEmail {
	body: IDataObject;
	attachments: string[];
}

/**
 * Reads and checks one item's email (recipients, sender, content, schedule, attachments) into the
 * body of /email/send and /email/price. `from.email_address_id` is sent as a string: the spec
 * types it so (ClickSend's API reference shows a number; ClickSend accepts both). Attachments are
 * checked here (present, not empty, at most 20 MB) and read again when the email is sent, so a run
 * does not hold every item's files at once.
 */
export async function prepareEmail(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): Promise<PreparedEmail> {
	const node = this.getNode();
	const to = assertEmailRecipients(node, read('to', itemIndex, ''), 'To', itemIndex);
	if (!to.length)
		fail(node, 'To is empty', 'Enter at least one email address, e.g. test1@test.com.', itemIndex);
	const content = readEmailContent.call(this, read, itemIndex);
	const body: IDataObject = {
		to,
		from: { email_address_id: String(content.fromAddressId), name: content.fromName },
		subject: content.subject,
		body: content.body,
	};
	const options = read<IDataObject>('options', itemIndex, {});
	const cc = assertEmailRecipients(node, options.cc, 'CC', itemIndex);
	if (cc.length) body.cc = cc;
	const bcc = assertEmailRecipients(node, options.bcc, 'BCC', itemIndex);
	if (bcc.length) body.bcc = bcc;
	const schedule = toUnixSeconds(node, options.schedule, 'Schedule', itemIndex, {
		mustBeFuture: true,
	});
	if (schedule !== undefined) body.schedule = schedule;
	const attachments: string[] = [];
	const binary = this.getInputData()[itemIndex].binary;
	for (const name of textOf(node, options.attachments, 'Attachments', itemIndex)
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry)) {
		const property = assertBinaryProperty(node, binary, name, 'Attachments', itemIndex);
		const content = await this.helpers.getBinaryDataBuffer(itemIndex, property);
		assertFileSize(
			node,
			content.length,
			MAX_UPLOAD_BYTES,
			MAX_UPLOAD_LABEL,
			`Attachments "${property}"`,
			itemIndex,
		);
		attachments.push(property);
	}
	return { body, attachments };
}

/** The attachments of one email, read from the item's binary properties (base64, as ClickSend takes them). */
async function attachmentsOf(
	this: IExecuteFunctions,
	properties: string[],
	itemIndex: number,
): Promise<IDataObject[]> {
	const attachments: IDataObject[] = [];
	for (const property of properties) {
		const file = this.helpers.assertBinaryData(itemIndex, property);
		const content = await this.helpers.getBinaryDataBuffer(itemIndex, property);
		attachments.push({
			content: content.toString('base64'),
			type: file.mimeType || 'application/octet-stream',
			filename: file.fileName ?? property,
			disposition: 'attachment',
			content_id: property,
		});
	}
	return attachments;
}

/** The full body of one item's email, attachments included. */
export async function emailBody(
	this: IExecuteFunctions,
	email: PreparedEmail,
	itemIndex: number,
): Promise<IDataObject> {
	if (!email.attachments.length) return email.body;
	return {
		...email.body,
		attachments: await attachmentsOf.call(this, email.attachments, itemIndex),
	};
}
