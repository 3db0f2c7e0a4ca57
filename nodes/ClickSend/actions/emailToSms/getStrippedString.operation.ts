import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readStrippedStringId, strippedStringLocator } from './shared';

export const option: OperationOption = {
	name: 'Get Stripped String Rule',
	value: 'getStrippedString',
	action: 'Get an Email to SMS stripped string rule',
	description: 'Get one stripped string rule',
	toolDescription:
		'Get one ClickSend Email to SMS stripped-string rule by its rule_id (a number). Returns rule_id and the text removed from emails (strip_string; the spec calls it stripped_string).',
};

export const properties: INodeProperties[] = [strippedStringLocator('The rule to get')];

/** GET /sms/email-sms-stripped-strings/{rule_id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readStrippedStringId.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/sms/email-sms-stripped-strings/${id}`,
		itemIndex,
	});
	return responseData(envelope);
}
