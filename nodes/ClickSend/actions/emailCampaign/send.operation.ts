import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { emailContentFields, emailTemplateLocator, readEmailContent } from '../../fields/email';
import { contactListLocator, scheduleField } from '../../fields/message';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import { runItemSends } from '../../sending/oneByOne';
import { toUnixSeconds } from '../../validation/dates';
import { assertNotEmpty, assertNumericId } from '../../validation/input';
import type { OperationOption } from '../types';
import { optionsCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an email campaign',
	description: 'Email a contact list, now or at a scheduled time',
	toolDescription:
		'Send an email campaign with ClickSend to every contact with an email address in one contact list, now or at a scheduled time. Needs the contact list ID, a campaign name, a subject, an HTML or text body, the From Address ID and a sender name. Returns the campaign: email_campaign_id, status, total_count, total_price.',
};

export const properties: INodeProperties[] = [
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
 * spec types list_id, from_email_address_id and template_id there as strings (ClickSend's API reference say
 * numbers; ClickSend accepts both), so they are sent as strings of digits. `withSchedule` is false
 * for /price: the spec types its schedule as a string while ClickSend's API reference says integer, and the time
 * does not change the price, so it is left out there.
 */
export function prepareCampaign(
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

/** POST /email-campaigns/send, one campaign per input item. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runItemSends.call(this, {
		historyName: 'email campaigns (Email Campaign → Get Many)',
		prepare: (itemIndex) => {
			const body = prepareCampaign.call(this, read, itemIndex, true);
			return async () => ({ method: 'POST', path: '/email-campaigns/send', body });
		},
	});
}
