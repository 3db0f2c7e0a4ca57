import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { emailBodyField } from '../../fields/email';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { fail } from '../../validation/fail';
import { assertNotEmpty } from '../../validation/input';
import type { OperationOption } from '../types';
import { templateField } from './shared';
import { updateFieldsCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update an email template',
	description: 'Rename an email template or replace its HTML body',
	toolDescription:
		'Change one ClickSend email template, by its template_id: its name, its HTML body, or both. Returns the updated template.',
};

export const properties: INodeProperties[] = [
	templateField,
	updateFieldsCollection([
		emailBodyField('The new content of the template, as HTML. Replaces the whole body.'),
		{ displayName: 'Template Name', name: 'templateName', type: 'string', default: '' },
	]),
];

/**
 * PUT /email/templates/{template_id} {template_name, body}. ClickSend requires the body (its API
 * docs), so when only the name changes the node reads the template first and sends its body back.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const templateId = readNumericId.call(this, 'templateId', itemIndex, 'Template');
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (!('body' in fields) && !('templateName' in fields)) {
		fail(
			node,
			'Update Fields is empty',
			'Add the Template Name or the Body to change under Update Fields.',
			itemIndex,
		);
	}
	const body: IDataObject = {};
	if ('templateName' in fields) {
		body.template_name = assertNotEmpty(
			node,
			fields.templateName,
			'Template Name',
			'Enter the new name, or remove the field.',
			itemIndex,
		).trim();
	}
	const path = apiPath`/email/templates/${templateId}`;
	if ('body' in fields) {
		body.body = assertNotEmpty(
			node,
			fields.body,
			'Body',
			'Enter the HTML of the template, or remove the field.',
			itemIndex,
		);
	} else {
		const current = await clickSendRequest.call(this, { method: 'GET', path, itemIndex });
		body.body = String(responseData(current).body ?? '');
	}
	const envelope = await clickSendRequest.call(this, { method: 'PUT', path, body, itemIndex });
	return responseData(envelope);
}
