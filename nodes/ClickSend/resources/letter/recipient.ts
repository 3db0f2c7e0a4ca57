import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toUnixSeconds } from '../../shared/validation';
import { addressFields, readAddress, readReturnAddressId, returnAddressField } from '../returnAddress/shared';
import { scheduleField } from '../sms/shared';

/** The fields Simplify keeps of a letter or postcard history row. */
export const SIMPLE_POST_FIELDS = ['message_id', 'date_added', 'address_name', 'address_city', 'address_country', 'status', 'status_text', 'post_pages', 'post_price', 'custom_string'];

/**
 * The recipient of a letter or postcard (one per input item): address, return address and the
 * per-recipient options (schedule, custom string). Shared by Letter and Postcard.
 */
export function postRecipientFields(displayOptions: IDisplayOptions, what: string): INodeProperties[] {
	return [
		...addressFields(displayOptions),
		returnAddressField(displayOptions, `The sender address printed on the ${what}, from Return Address → Create or your ClickSend dashboard`),
	];
}

export function postRecipientOptions(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Custom String',
			name: 'customString',
			type: 'string',
			default: '',
			description: `Your own reference for the ${what} (e.g. an order number); shown in the history`,
		},
		{ ...scheduleField(), description: `When to post the ${what}, in the future. Leave empty to post it now.` },
	];
}

/** One item's entry of `recipients[]`, checked. */
export function readPostRecipient(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const recipient: IDataObject = readAddress.call(this, itemIndex);
	// The seed docs type return_address_id as an integer (the spec says string): the node follows the docs.
	recipient.return_address_id = readReturnAddressId.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const schedule = toUnixSeconds(this.getNode(), options.schedule, 'Schedule', itemIndex, { mustBeFuture: true });
	if (schedule !== undefined) recipient.schedule = schedule;
	if (options.customString) recipient.custom_string = String(options.customString);
	return recipient;
}
