import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clickSendRequest } from '../../shared/transport';
import { assertNumericId, assertNotEmpty } from '../../shared/validation';
import { emailAddressField, numericIdParameter, scheduleSeconds } from '../email/shared';
import { campaignIdField, contactListLocator, show } from './shared';

/**
 * Email Campaign → Update (PUT /email-campaigns/{email_campaign_id}): changes a scheduled
 * campaign. ClickSend expects the whole campaign, so the node reads it first
 * (GET /email-campaigns/{id}) and sends it back with the fields you set changed.
 */
export const updateEmailCampaignFields: INodeProperties[] = [
	campaignIdField(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['update']),
		options: [
			{ ...emailAddressField({}), required: false },
			{
				displayName: 'Body',
				name: 'body',
				type: 'string',
				typeOptions: { rows: 6 },
				default: '',
				description: 'The content of the email, as HTML or plain text',
			},
			{
				displayName: 'Campaign Name',
				name: 'name',
				type: 'string',
				default: '',
			},
			{ ...contactListLocator(), required: false },
			{
				displayName: 'From Name',
				name: 'fromName',
				type: 'string',
				default: '',
				description: 'The sender name recipients see',
			},
			{
				displayName: 'Schedule',
				name: 'schedule',
				type: 'dateTime',
				default: '',
				description: 'When to send, in the future',
			},
			{
				displayName: 'Subject',
				name: 'subject',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Template ID',
				name: 'templateId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 31',
				description: 'The ID of one of your ClickSend email templates',
			},
		],
	},
];

const NUMERIC_FIELDS = ['list_id', 'from_email_address_id', 'template_id'];

/** The campaign as ClickSend has it, reduced to the fields PUT takes (integers as the spec types them). */
function editableFields(campaign: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const key of ['name', 'subject', 'body', 'from_name', ...NUMERIC_FIELDS, 'schedule']) {
		const value = campaign[key];
		if (value === undefined || value === null || value === '') continue;
		if (NUMERIC_FIELDS.includes(key) || key === 'schedule') {
			if (/^\d+$/.test(String(value))) body[key] = Number(value);
		} else {
			body[key] = value;
		}
	}
	return body;
}

export async function buildCampaignUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const id = numericIdParameter.call(this, 'campaignId', 'Campaign ID');
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (!Object.keys(fields).length) {
		throw new NodeOperationError(node, 'Update Fields is empty', {
			description: 'Add at least one field to change under Update Fields.',
			itemIndex,
		});
	}
	const changes: IDataObject = {};
	for (const [parameter, key, label] of [
		['name', 'name', 'Campaign Name'],
		['subject', 'subject', 'Subject'],
		['body', 'body', 'Body'],
		['fromName', 'from_name', 'From Name'],
	]) {
		if (parameter in fields) changes[key] = assertNotEmpty(node, fields[parameter], label, `Enter a value for ${label}, or remove the field.`, itemIndex);
	}
	const locatorValue = (value: unknown) => (value && typeof value === 'object' ? (value as IDataObject).value : value);
	if ('listId' in fields) changes.list_id = assertNumericId(node, locatorValue(fields.listId), 'Contact List', itemIndex);
	if ('fromAddress' in fields) changes.from_email_address_id = assertNumericId(node, locatorValue(fields.fromAddress), 'From Address', itemIndex);
	if ('templateId' in fields) changes.template_id = assertNumericId(node, fields.templateId, 'Template ID', itemIndex);
	if ('schedule' in fields) {
		const schedule = scheduleSeconds.call(this, fields.schedule);
		if (schedule !== undefined) changes.schedule = schedule;
	}

	const current = await clickSendRequest.call(this, { method: 'GET', path: `/email-campaigns/${id}`, itemIndex });
	requestOptions.url = `/email-campaigns/${id}`;
	requestOptions.body = { ...editableFields((current.data ?? {}) as IDataObject), ...changes };
	return requestOptions;
}
