import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many email templates',
	description: 'List your email templates',
	toolDescription:
		'List the email templates of the ClickSend account. Returns one row per template: template_id and template_name.',
};

export const properties: INodeProperties[] = [...returnAllFields];

/** GET /email/templates. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await clickSendAllPages.call(
		this,
		{ path: '/email/templates', itemIndex },
		readLimit.call(this, itemIndex),
	);
}
