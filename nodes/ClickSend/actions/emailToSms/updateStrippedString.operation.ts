import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import {
	readStripString,
	readStrippedStringId,
	stripStringField,
	strippedStringLocator,
} from './shared';

export const option: OperationOption = {
	name: 'Update Stripped String Rule',
	value: 'updateStrippedString',
	action: 'Update an Email to SMS stripped string rule',
	description: 'Change the text of a stripped string rule',
	toolDescription:
		'Change the text of a ClickSend Email to SMS stripped-string rule. Needs the rule_id and the new text. Returns the updated rule.',
};

export const properties: INodeProperties[] = [
	strippedStringLocator('The rule to change'),
	stripStringField,
];

/** PUT /sms/email-sms-stripped-strings/{rule_id} `{strip_string}`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readStrippedStringId.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/sms/email-sms-stripped-strings/${id}`,
		body: readStripString.call(this, itemIndex),
		itemIndex,
	});
	return responseData(envelope);
}
