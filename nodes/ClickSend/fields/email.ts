import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../execution/parameters';
import { assertNotEmpty, assertNumericId } from '../validation/input';
import { idLocator } from './locator';

/**
 * Fields of ClickSend's email side (transactional email, email campaigns, sender addresses,
 * email templates): the pickers of sender addresses, templates and campaigns, and the sender and
 * content of an email with the reader that checks them.
 */

/** One of the account's allowed (sender) email addresses, picked from the list or given by ID. */
export function emailAddressLocator(
	options: { name?: string; displayName?: string; description?: string; required?: boolean } = {},
): INodeProperties {
	return idLocator({
		displayName: options.displayName ?? 'From Address',
		name: options.name ?? 'fromAddress',
		description:
			options.description ??
			'The address the email comes from. Only addresses added and verified under Email Address in ClickSend can send.',
		searchListMethod: 'searchEmailAddresses',
		example: '2',
		what: 'sender address',
		required: options.required,
	});
}

/** One of the account's email templates (GET /email/templates), picked from the list or given by ID. */
export function emailTemplateLocator(description: string, required = true): INodeProperties {
	return idLocator({
		displayName: 'Template',
		name: 'templateId',
		description,
		searchListMethod: 'searchEmailTemplates',
		example: '281',
		what: 'template',
		required,
	});
}

/** One of the account's email campaigns (GET /email-campaigns), picked from the list or given by ID. */
export function emailCampaignLocator(description: string): INodeProperties {
	return idLocator({
		displayName: 'Campaign',
		name: 'campaignId',
		description,
		searchListMethod: 'searchEmailCampaigns',
		example: '64',
		what: 'campaign',
	});
}

/** The HTML or text Body of an email, campaign or template (`body`). */
export function emailBodyField(description: string): INodeProperties {
	return {
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		description,
	};
}

/** From Address, From Name, Subject and Body of an email or email campaign. */
export function emailContentFields(placeholders: {
	subject: string;
	body: string;
}): INodeProperties[] {
	return [
		emailAddressLocator(),
		{
			displayName: 'From Name',
			name: 'fromName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. My Shop',
			description: 'The sender name recipients see',
		},
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			required: true,
			placeholder: placeholders.subject,
		},
		{
			...emailBodyField('The content of the email, as HTML or plain text'),
			required: true,
			placeholder: placeholders.body,
		},
	];
}

/** The checked values of emailContentFields for one item. */
export interface EmailContent {
	fromAddressId: number;
	fromName: string;
	subject: string;
	body: string;
}

/** Reads and checks From Address, From Name, Subject and Body of one item. */
export function readEmailContent(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): EmailContent {
	const node = this.getNode();
	return {
		fromAddressId: assertNumericId(
			node,
			read('fromAddress', itemIndex, '', { extractValue: true }),
			'From Address',
			itemIndex,
		),
		fromName: assertNotEmpty(
			node,
			read('fromName', itemIndex, ''),
			'From Name',
			'Enter the sender name recipients see, e.g. My Shop.',
			itemIndex,
		),
		subject: assertNotEmpty(
			node,
			read('subject', itemIndex, ''),
			'Subject',
			'Enter a subject for the email.',
			itemIndex,
		),
		body: assertNotEmpty(
			node,
			read('body', itemIndex, ''),
			'Body',
			'Enter the content of the email (HTML or text).',
			itemIndex,
		),
	};
}
