import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { emailContentFields, readEmailContent } from '../../fields/email';
import { scheduleField } from '../../fields/message';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import { runItemSends } from '../../sending/oneByOne';
import { toUnixSeconds } from '../../validation/dates';
import { assertEmailRecipients } from '../../validation/emailRecipients';
import { fail, textOf } from '../../validation/fail';
import {
	assertBinaryProperty,
	assertFileSize,
	MAX_UPLOAD_BYTES,
	MAX_UPLOAD_LABEL,
} from '../../validation/files';
import { readSendGuards, readSendKey, withSendGuards } from '../../fields/sendGuards';
import type { PriceQuote } from '../../sending/spendGuard';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { optionsCollection } from '../../fields/collections';
import { responseData } from '../../../transport/envelope';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an email',
	description: 'Send one email per input item from one of your verified addresses',
	toolDescription:
		"Send a transactional email with ClickSend from one of the account's verified sender addresses. Needs the recipient address(es) (e.g. test1@test.com, or Jane Doe <test2@test.com>), the From Address ID, a sender name, a subject and an HTML or text body. Returns ClickSend's record of the email: message_id, status, price, schedule.",
};

/** The fields of a send, shared with Calculate Price (which has no send guards). */
export const fields: INodeProperties[] = [
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

export const properties: INodeProperties[] = withSendGuards(fields);

/** One item's email: the request body, and the binary properties to attach when it is sent. */
export interface PreparedEmail {
	body: IDataObject;
	attachments: string[];
}

/**
 * Reads and checks one item's email (recipients, sender, content, schedule, attachments) into the
 * body of /email/send and /email/price. `from.email_address_id` is sent as a string: the spec
 * types it so (ClickSend's API reference show a number; ClickSend accepts both). Attachments are checked here
 * (present, not empty, at most 20 MB) and read again when the email is sent, so a run does not
 * hold every item's files at once.
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

/** ClickSend's price of one email (POST /email/price, nothing sent); the answer's shape is undocumented, so the usual price fields are read. */
async function priceOf(
	this: IExecuteFunctions,
	email: PreparedEmail,
	itemIndex: number,
): Promise<PriceQuote> {
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/email/price',
		body: await emailBody.call(this, email, itemIndex),
		idempotent: true,
		itemIndex,
	});
	const data = responseData(envelope);
	const price = Number(data.total_price ?? data.price ?? data._price);
	if (!Number.isFinite(price)) {
		fail(
			this.getNode(),
			'ClickSend gave no price for this email',
			'Max Cost Per Run needs the price of every email before sending. Set Max Cost Per Run to 0 to send without it.',
			itemIndex,
		);
	}
	return {
		price,
		messages: 1,
		currency: String((data._currency as IDataObject | undefined)?.currency_name_short ?? ''),
	};
}

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	const node = this.getNode();
	const emails = new Map<number, PreparedEmail>();
	return await runItemSends.call(this, {
		historyName: 'email history (Email → Get Many)',
		guards: readSendGuards(node, read),
		keyOf: (itemIndex) =>
			`/email/send ${readSendKey(node, read, itemIndex) ?? JSON.stringify([emails.get(itemIndex)!.body, emails.get(itemIndex)!.attachments])}`,
		priceOf: async (itemIndex) => await priceOf.call(this, emails.get(itemIndex)!, itemIndex),
		prepare: async (itemIndex) => {
			const email = await prepareEmail.call(this, read, itemIndex);
			emails.set(itemIndex, email);
			return async () => ({
				method: 'POST',
				path: '/email/send',
				body: await emailBody.call(this, email, itemIndex),
			});
		},
	});
}
