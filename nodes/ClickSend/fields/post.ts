import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../execution/parameters';
import { toUnixSeconds } from '../validation/dates';
import { textOf } from '../validation/fail';
import { addressFields, readAddress, readReturnAddressId, returnAddressLocator } from './address';
import { scheduleField } from './message';

/**
 * Fields shared by Letter and Postcard: the recipient of each item (address and return address),
 * the per-recipient options (Custom String, Schedule) with their reader, and the history fields
 * Simplify keeps.
 */

/** The fields Simplify keeps of a letter or postcard history row. */
export const SIMPLE_POST_FIELDS = [
	'message_id',
	'date_added',
	'address_name',
	'address_city',
	'address_country',
	'status',
	'status_text',
	'post_pages',
	'post_price',
	'custom_string',
];

/** Address + Return Address of the letter or postcard of each item. `what` is "letter" or "postcard". */
export function postRecipientFields(what: string): INodeProperties[] {
	return [
		...addressFields(),
		returnAddressLocator(
			`The sender address printed on the ${what}, from Return Address → Create or your ClickSend dashboard`,
		),
	];
}

/** Custom String and Schedule, for the Options collection of Letter and Postcard. */
export function postRecipientOptions(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Custom String',
			name: 'customString',
			type: 'string',
			default: '',
			description: `Your own reference for the ${what} (e.g. an order number); shown in the history`,
		},
		{
			...scheduleField,
			description: `When to post the ${what}, in the future. Leave empty to post it now.`,
		},
	];
}

/** One item's entry of `recipients[]`: the checked address, return address, schedule and custom string. */
export function readPostRecipient(
	node: INode,
	read: ParameterReader,
	itemIndex: number,
): IDataObject {
	const recipient = readAddress(node, read, itemIndex);
	// ClickSend's API reference types return_address_id as an integer (the spec says string): the node
	// follows it.
	recipient.return_address_id = readReturnAddressId(node, read, itemIndex);
	const options = read<IDataObject>('options', itemIndex, {});
	const schedule = toUnixSeconds(node, options.schedule, 'Schedule', itemIndex, {
		mustBeFuture: true,
	});
	if (schedule !== undefined) recipient.schedule = schedule;
	const customString = textOf(node, options.customString, 'Custom String', itemIndex);
	if (customString) recipient.custom_string = customString;
	return recipient;
}
