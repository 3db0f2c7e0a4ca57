import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many Allowed Addresses',
	value: 'getAllAllowedAddresses',
	action: 'Get many Email to SMS allowed addresses',
	description: 'List the email addresses allowed to send SMS by email',
	toolDescription:
		"List the email addresses allowed to send SMS through ClickSend's Email to SMS. Returns one row per address: email_address_id, email_address, from (the sender).",
};

export const properties: INodeProperties[] = [...returnAllFields];

/** GET /sms/email-sms, page by page. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await clickSendAllPages.call(
		this,
		{ path: '/sms/email-sms', itemIndex },
		readLimit.call(this, itemIndex),
	);
}
