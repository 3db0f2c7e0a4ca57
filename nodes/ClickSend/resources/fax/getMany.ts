import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';
import { showFor } from '../../shared/routing';

/** The fields Simplify keeps of a fax history row. */
export const SIMPLE_FAX_FIELDS = ['message_id', 'date', 'to', 'from', 'status', 'status_text', 'message_pages', 'message_price', 'custom_string', 'schedule'];

/** Fax → Get Many: the fax history (GET /fax/history), optionally within a date range. */
export const getManyFaxFields: INodeProperties[] = [
	...listFields('fax', 'getMany'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('fax', ['getMany']),
		options: [
			{
				displayName: 'Sent After',
				name: 'dateFrom',
				type: 'dateTime',
				default: '',
				description: 'Only faxes sent at or after this time',
			},
			{
				displayName: 'Sent Before',
				name: 'dateTo',
				type: 'dateTime',
				default: '',
				description: 'Only faxes sent at or before this time',
			},
		],
	},
];
