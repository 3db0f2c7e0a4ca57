import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readStrippedStringId, strippedStringLocator } from './shared';

export const option: OperationOption = {
	name: 'Delete Stripped String Rule',
	value: 'deleteStrippedString',
	action: 'Delete an Email to SMS stripped string rule',
	description: 'Delete a stripped string rule',
	toolDescription:
		'Delete one ClickSend Email to SMS stripped-string rule by its rule_id. Returns deleted: true and the rule_id.',
};

export const properties: INodeProperties[] = [strippedStringLocator('The rule to delete')];

/** DELETE /sms/email-sms-stripped-strings/{rule_id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readStrippedStringId.call(this, itemIndex);
	await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/sms/email-sms-stripped-strings/${id}`,
		itemIndex,
	});
	return { deleted: true, rule_id: id };
}
