import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { textOf } from '../../validation/fail';
import { assertEmail, assertNotEmpty, assertOneOf, assertTextId } from '../../validation/input';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Report a delivery issue',
	description: 'Tell ClickSend support that a message was not delivered as expected',
	toolDescription:
		'Report a delivery problem to ClickSend support. Needs the message type (SMS, MMS, VOICE, EMAIL_MARKETING, EMAIL_TRANSACTIONAL, FAX, POST), a description of the problem and an email address for the answer; optionally the message_id and comments. Returns the issue with its issue_id.',
};

/** The message types ClickSend's API reference lists for a delivery issue. */
const TYPES: Array<[value: string, name: string]> = [
	['SMS', 'SMS'],
	['MMS', 'MMS'],
	['VOICE', 'Voice'],
	['EMAIL_MARKETING', 'Email Campaign'],
	['EMAIL_TRANSACTIONAL', 'Email'],
	['FAX', 'Fax'],
	['POST', 'Letter or Postcard'],
];

export const properties: INodeProperties[] = [
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		options: TYPES.map(([value, name]) => ({ name, value })),
		default: 'SMS',
		description: 'What kind of message had the problem',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: 'e.g. The recipient did not receive the SMS sent at 9:30',
		description: 'What went wrong',
	},
	{
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. name@email.com',
		description: 'Where ClickSend support answers',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Comments',
				name: 'comments',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'Anything else support should know',
			},
			{
				displayName: 'Message ID',
				name: 'messageId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1ABC3200-C38C-6308-BE4B-C7C51D01DCF0',
				description: 'The message_id of the message concerned',
			},
		],
	},
];

/**
 * POST /delivery-issues. ClickSend's API reference names the address `email-address` in its
 * table and body example but `email_address` in its curl sample and its answer, as the spec
 * does: the node sends `email_address`. A create: never retried after an answer that may mean
 * it was created.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const body: IDataObject = {
		type: assertOneOf(
			node,
			this.getNodeParameter('messageType', itemIndex, 'SMS'),
			'Message Type',
			TYPES.map(([value]) => value),
			itemIndex,
		),
		description: assertNotEmpty(
			node,
			this.getNodeParameter('description', itemIndex, ''),
			'Description',
			'Describe the problem, e.g. which recipient did not get which message.',
			itemIndex,
		).trim(),
		email_address: assertEmail(
			node,
			this.getNodeParameter('emailAddress', itemIndex, ''),
			'Email Address',
			itemIndex,
		),
	};
	const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	if (extra.messageId !== undefined && String(extra.messageId).trim() !== '')
		body.message_id = assertTextId(node, extra.messageId, 'Message ID', itemIndex);
	const comments = textOf(node, extra.comments, 'Comments', itemIndex).trim();
	if (comments) body.client_comments = comments;
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/delivery-issues',
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
