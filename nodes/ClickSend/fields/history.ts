import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toUnixSeconds } from '../validation/dates';
import { filtersCollection } from './collections';

/**
 * Fields shared by the message resources (SMS, MMS, voice, fax, post): the history filters of
 * Get Many, the Message ID of one sent message, and the Only Before date of the mark-as-read
 * actions, with their readers, and what Simplify keeps of a delivery receipt.
 */

/** Filters of a message history list (GET /<resource>/history); `extra` adds the resource's own. */
export function historyFiltersField(extra: INodeProperties[] = []): INodeProperties {
	return filtersCollection([
		{
			displayName: 'Newest First',
			name: 'newestFirst',
			type: 'boolean',
			default: true,
			description: 'Whether to list the most recent messages first',
		},
		{
			displayName: 'Sent After',
			name: 'dateFrom',
			type: 'dateTime',
			default: '',
			description: 'Only messages sent at or after this time',
		},
		{
			displayName: 'Sent Before',
			name: 'dateTo',
			type: 'dateTime',
			default: '',
			description: 'Only messages sent at or before this time',
		},
		...extra,
	] as INodeProperties[]);
}

/** The query of a history list: date range as Unix seconds and the order. Returns the filters too. */
export function readHistoryQuery(
	this: IExecuteFunctions,
	itemIndex: number,
): { qs: IDataObject; filters: IDataObject } {
	const node = this.getNode();
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	const from = toUnixSeconds(node, filters.dateFrom, 'Sent After', itemIndex);
	const to = toUnixSeconds(node, filters.dateTo, 'Sent Before', itemIndex);
	if (from !== undefined) qs.date_from = from;
	if (to !== undefined) qs.date_to = to;
	if (filters.newestFirst !== undefined)
		qs.order_by = filters.newestFirst === false ? 'date:asc' : 'date:desc';
	return { qs, filters };
}

/** A message ID field (from a Send result, receipt or history). */
export function messageIdField(description: string): INodeProperties {
	return {
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1ABC3200-C38C-6308-BE4B-C7C51D01DCF0',
		description,
	};
}

/** "Only Before" of the mark-as-read actions (sent as `date_before`, Unix seconds). */
export function dateBeforeField(what: string): INodeProperties {
	return {
		displayName: 'Only Before',
		name: 'dateBefore',
		type: 'dateTime',
		default: '',
		description: `Mark only ${what} received before this time as read. Leave empty to mark all of them.`,
	};
}

/** The body of a mark-as-read request: `{ date_before }` when Only Before is set. */
export function readDateBefore(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const before = toUnixSeconds(
		this.getNode(),
		this.getNodeParameter('dateBefore', itemIndex, ''),
		'Only Before',
		itemIndex,
	);
	return before === undefined ? {} : { date_before: before };
}

/** What Simplify keeps of a delivery receipt (SMS receipts; voice receipts add `digits`). */
export const SIMPLE_RECEIPT_FIELDS = [
	'message_id',
	'timestamp',
	'status_code',
	'status_text',
	'error_code',
	'error_text',
	'custom_string',
	'message_type',
];
