import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { emailAddressField, numericIdParameter, requiredText, scheduleSeconds } from '../email/shared';
import { contactListLocator, show } from './shared';

/**
 * Email Campaign → Send (POST /email-campaigns/send) and Calculate Price
 * (POST /email-campaigns/price): one campaign to a contact list per input item.
 */
const operations = ['send', 'calculatePrice'];

export const emailCampaignFields: INodeProperties[] = [
	contactListLocator(show(operations)),
	{
		displayName: 'Campaign Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show(operations),
		placeholder: 'e.g. Spring sale',
		description: 'A name to find the campaign by in ClickSend (recipients do not see it)',
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show(operations),
		placeholder: 'e.g. 20% off everything this weekend',
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		required: true,
		displayOptions: show(operations),
		placeholder: 'e.g. <p>Hi, our spring sale starts now.</p>',
		description: 'The content of the email, as HTML or plain text',
	},
	emailAddressField(show(operations)),
	{
		displayName: 'From Name',
		name: 'fromName',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show(operations),
		placeholder: 'e.g. My Shop',
		description: 'The sender name recipients see',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show(operations),
		options: [
			{
				displayName: 'Schedule',
				name: 'schedule',
				type: 'dateTime',
				default: '',
				description: 'When to send, in the future. Leave empty to send now. Not used by Calculate Price.',
			},
			{
				displayName: 'Template ID',
				name: 'templateId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 31',
				description: 'The ID of one of your ClickSend email templates to lay the body out with',
			},
		],
	},
];

/**
 * preSend: checks the fields and builds the campaign body. The spec types list_id,
 * from_email_address_id and template_id of /email-campaigns/send and /price as strings (the seed
 * docs say numbers; ClickSend accepts both), so they are sent as strings of digits.
 * `withSchedule` is false for /price: the spec types its schedule as a string while the seeds
 * say integer, and the time does not change the price, so it is left out there.
 */
export function buildCampaignBody(withSchedule: boolean) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const body: IDataObject = {
			list_id: String(numericIdParameter.call(this, 'listId', 'Contact List')),
			name: requiredText.call(this, 'name', 'Campaign Name', 'Enter a name for the campaign, e.g. Spring sale.'),
			subject: requiredText.call(this, 'subject', 'Subject', 'Enter a subject for the email.'),
			body: requiredText.call(this, 'body', 'Body', 'Enter the content of the email (HTML or text).'),
			from_email_address_id: String(numericIdParameter.call(this, 'fromAddress', 'From Address')),
			from_name: requiredText.call(this, 'fromName', 'From Name', 'Enter the sender name recipients see, e.g. My Shop.'),
		};
		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (options.templateId !== undefined && String(options.templateId).trim() !== '') {
			body.template_id = String(numericIdParameter.call(this, 'options.templateId', 'Template ID'));
		}
		if (withSchedule) {
			const schedule = scheduleSeconds.call(this, options.schedule);
			if (schedule !== undefined) body.schedule = schedule;
		}
		requestOptions.body = body;
		return requestOptions;
	};
}
