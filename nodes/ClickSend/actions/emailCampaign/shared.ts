import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../execution/parameters';
import { optionsCollection } from '../../fields/collections';
import { emailContentFields, emailTemplateLocator, readEmailContent } from '../../fields/email';
import { contactListLocator } from '../../fields/locator';
import { scheduleField } from '../../fields/message';
import { toUnixSeconds } from '../../validation/dates';
import { assertNotEmpty, assertNumericId } from '../../validation/input';

/**
 * What several Email Campaign operations share: the fields of Send and Calculate Price with the
 * check of one item's campaign, and Simplify's fields.
 */

/** The campaign's list, name, content and options: Send and Calculate Price. */
export const sendFields: INodeProperties[] = [
	contactListLocator(
		'The ClickSend contact list to email. Every contact with an email address gets the campaign.',
	),
	{
		displayName: 'Campaign Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Spring sale',
		description: 'A name to find the campaign by in ClickSend (recipients do not see it)',
	},
	...emailContentFields({
		subject: 'e.g. 20% off everything this weekend',
		body: 'e.g. <p>Hi, our spring sale starts now.</p>',
	}),
	optionsCollection([
		{
			...scheduleField,
			description:
				'When to send, in the future. Leave empty to send now. Not used by Calculate Price.',
		},
		emailTemplateLocator('One of your ClickSend email templates to lay the body out with', false),
	]),
];

/**
 * Reads and checks one item's campaign into the body of /email-campaigns/send and /price. The
 * spec types list_id, from_email_address_id and template_id there as strings (ClickSend's API
 * reference says numbers; ClickSend accepts both), so they are sent as strings of digits.
 * `withSchedule` is false for /price: the spec types its schedule as a string while ClickSend's API
 * reference says integer, and the time does not change the price, so it is left out there.
 */
export function prepareEmailCampaign(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
	withSchedule: boolean,
): IDataObject {
	const node = this.getNode();
	const listId = assertNumericId(
		node,
		read('listId', itemIndex, '', { extractValue: true }),
		'Contact List',
		itemIndex,
	);
	const name = assertNotEmpty(
		node,
		read('name', itemIndex, ''),
		'Campaign Name',
		'Enter a name for the campaign, e.g. Spring sale.',
		itemIndex,
	);
	const content = readEmailContent.call(this, read, itemIndex);
	const body: IDataObject = {
		list_id: String(listId),
		name,
		subject: content.subject,
		body: content.body,
		from_email_address_id: String(content.fromAddressId),
		from_name: content.fromName,
	};
	const options = read<IDataObject>('options', itemIndex, {});
	if ('templateId' in options) {
		body.template_id = String(
			assertNumericId(
				node,
				read('options.templateId', itemIndex, '', { extractValue: true }),
				'Template',
				itemIndex,
			),
		);
	}
	if (withSchedule) {
		const schedule = toUnixSeconds(node, options.schedule, 'Schedule', itemIndex, {
			mustBeFuture: true,
		});
		if (schedule !== undefined) body.schedule = schedule;
	}
	return body;
}

/** What Simplify keeps of a campaign (Get and Get Many). */
export const SIMPLE_FIELDS = [
	'email_campaign_id',
	'name',
	'subject',
	'list_id',
	'status',
	'schedule',
	'date_added',
	'send_count',
	'open_count',
	'click_count',
];
