import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many Stripped String Rules',
	value: 'getAllStrippedStrings',
	action: 'Get many Email to SMS stripped string rules',
	description: 'List the texts removed from emails sent as SMS',
	toolDescription:
		'List the ClickSend Email to SMS stripped-string rules: texts removed from emails before they are sent as SMS. Returns one row per rule: rule_id and strip_string.',
};

export const properties: INodeProperties[] = [...returnAllFields];

/** GET /sms/email-sms-stripped-strings, page by page. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await clickSendAllPages.call(
		this,
		{ path: '/sms/email-sms-stripped-strings', itemIndex },
		readLimit.call(this, itemIndex),
	);
}
