import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many delivery issues',
	description: 'List the delivery issues reported to ClickSend',
	toolDescription:
		'List the delivery issues this ClickSend account reported. Returns one row per issue: issue_id, message_id, type, description, status, resolved (1 or 0), date_added (Unix seconds), client_comments, support_comments.',
};

/** What Simplify keeps of an issue (ClickSend sends 11 fields). */
const SIMPLE_FIELDS = [
	'issue_id',
	'message_id',
	'type',
	'description',
	'status',
	'resolved',
	'date_added',
	'client_comments',
	'support_comments',
	'email_address',
];

export const properties: INodeProperties[] = [...returnAllFields, simplifyField(SIMPLE_FIELDS)];

/** GET /delivery-issues, page by page. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await simplifiedRows.call(this, itemIndex, { path: '/delivery-issues' }, SIMPLE_FIELDS);
}
