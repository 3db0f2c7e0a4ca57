import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	emailAddressLocator,
	emailBodyField,
	emailCampaignLocator,
	emailTemplateLocator,
} from '../../fields/email';
import { readNumericId } from '../../fields/ids';
import { contactListLocator } from '../../fields/locator';
import { scheduleField } from '../../fields/message';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { toUnixSeconds } from '../../validation/dates';
import { fail } from '../../validation/fail';
import { assertNotEmpty } from '../../validation/input';
import type { OperationOption } from '../types';
import { updateFieldsCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update an email campaign',
	description: 'Change a scheduled campaign: subject, body, list, sender, template or time',
	toolDescription:
		'Change a scheduled ClickSend email campaign, by its email_campaign_id: any of its name, subject, body, contact list, From Address, sender name, template or schedule. Fields not given keep their current values. Returns the updated campaign.',
};

export const properties: INodeProperties[] = [
	emailCampaignLocator('The scheduled email campaign to change'),
	updateFieldsCollection([
		emailBodyField('The content of the email, as HTML or plain text'),
		{ displayName: 'Campaign Name', name: 'name', type: 'string', default: '' },
		{ ...contactListLocator('The ClickSend contact list to email'), required: false },
		emailAddressLocator({ required: false }),
		{
			displayName: 'From Name',
			name: 'fromName',
			type: 'string',
			default: '',
			description: 'The sender name recipients see',
		},
		{ ...scheduleField, description: 'When to send, in the future' },
		{ displayName: 'Subject', name: 'subject', type: 'string', default: '' },
		emailTemplateLocator('One of your ClickSend email templates to lay the body out with', false),
	]),
];

/** Fields of the campaign that PUT takes; the spec types the IDs and the schedule as integers there. */
const TEXT_FIELDS = ['name', 'subject', 'body', 'from_name'];
const NUMERIC_FIELDS = ['list_id', 'from_email_address_id', 'template_id', 'schedule'];

/** The campaign as ClickSend has it, reduced to the fields PUT takes. */
function editableFields(campaign: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const key of TEXT_FIELDS)
		if (typeof campaign[key] === 'string' && campaign[key] !== '') body[key] = campaign[key];
	for (const key of NUMERIC_FIELDS)
		if (/^\d+$/.test(String(campaign[key] ?? ''))) body[key] = Number(campaign[key]);
	return body;
}

/** The checked changes of one item, as ClickSend names them. */
function readChanges(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (!Object.keys(fields).length)
		fail(
			node,
			'Update Fields is empty',
			'Add at least one field to change under Update Fields.',
			itemIndex,
		);
	const changes: IDataObject = {};
	for (const [parameter, key, label] of [
		['name', 'name', 'Campaign Name'],
		['subject', 'subject', 'Subject'],
		['body', 'body', 'Body'],
		['fromName', 'from_name', 'From Name'],
	]) {
		if (parameter in fields)
			changes[key] = assertNotEmpty(
				node,
				fields[parameter],
				label,
				`Enter a value for ${label}, or remove the field.`,
				itemIndex,
			);
	}
	for (const [parameter, key, label] of [
		['listId', 'list_id', 'Contact List'],
		['fromAddress', 'from_email_address_id', 'From Address'],
		['templateId', 'template_id', 'Template'],
	]) {
		if (parameter in fields)
			changes[key] = readNumericId.call(this, `updateFields.${parameter}`, itemIndex, label);
	}
	if ('schedule' in fields) {
		const schedule = toUnixSeconds(node, fields.schedule, 'Schedule', itemIndex, {
			mustBeFuture: true,
		});
		if (schedule !== undefined) changes.schedule = schedule;
	}
	return changes;
}

/**
 * PUT /email-campaigns/{email_campaign_id}. ClickSend expects the whole campaign, so the node
 * reads it first (GET /email-campaigns/{id}) and sends it back with the fields you set changed.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	const changes = readChanges.call(this, itemIndex);
	const path = apiPath`/email-campaigns/${campaignId}`;
	const current = await clickSendRequest.call(this, { method: 'GET', path, itemIndex });
	const body = { ...editableFields(responseData(current)), ...changes };
	const envelope = await clickSendRequest.call(this, { method: 'PUT', path, body, itemIndex });
	return responseData(envelope, body);
}
