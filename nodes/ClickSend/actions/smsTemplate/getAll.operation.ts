import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many SMS templates',
	description: 'List the saved SMS templates',
	toolDescription:
		'List the SMS templates saved in ClickSend. Returns one row per template: template_id, template_name and body (the saved text).',
};

export const properties: INodeProperties[] = [...returnAllFields];

/** GET /sms/templates (the spec's example wraps the page in an array; the paginator reads both). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await clickSendAllPages.call(
		this,
		{ path: '/sms/templates', itemIndex },
		readLimit.call(this, itemIndex),
	);
}
