import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readStripString, stripStringField } from './shared';

export const option: OperationOption = {
	name: 'Create Stripped String Rule',
	value: 'createStrippedString',
	action: 'Create an Email to SMS stripped string rule',
	description: 'Remove a text (e.g. a signature) from emails sent as SMS',
	toolDescription:
		'Create a ClickSend Email to SMS stripped-string rule: a text removed from every email before it is sent as SMS (e.g. an email signature). Needs the text. Returns rule_id and strip_string.',
};

export const properties: INodeProperties[] = [stripStringField];

/** POST /sms/email-sms-stripped-strings `{strip_string}` (the spec and the reference's examples; its table says `stripped-string`). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/sms/email-sms-stripped-strings',
		body: readStripString.call(this, itemIndex),
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
