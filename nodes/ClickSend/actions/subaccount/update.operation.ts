import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { fail } from '../../validation/fail';
import type { OperationOption } from '../types';
import {
	SUBACCOUNT_FIELDS,
	readSubaccountFields,
	readSubaccountId,
	subaccountLocator,
	subaccountProperty,
} from './shared';
import { updateFieldsCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update a sub-account',
	description: 'Change some fields or permissions of a sub-account',
	toolDescription:
		'Change some fields of a ClickSend sub-account (email, phone number, names, password, API username, access flags, notes); the others keep their values. Needs the subaccount_id and the fields to change. Returns the updated sub-account.',
};

export const properties: INodeProperties[] = [
	subaccountLocator('The sub-account to change'),
	updateFieldsCollection(SUBACCOUNT_FIELDS.map((field) => subaccountProperty(field))),
];

/**
 * PUT /subaccounts/{subaccount_id} with the changed fields only. The reference lists Create's six
 * required fields for Update too, but its own example leaves api_username out and the spec's
 * example sends just `{access_sms, email}`; the password cannot be read back, so sending the whole
 * sub-account is not possible anyway.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const id = readSubaccountId.call(this, itemIndex);
	const changes = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (!Object.keys(changes).length)
		fail(
			node,
			'Update Fields is empty',
			'Add the fields to change (e.g. Email) with Add Field.',
			itemIndex,
		);
	const body = readSubaccountFields(node, changes, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/subaccounts/${id}`,
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
