import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../execution/parameters';
import { responseData } from '../../transport/envelope';
import type { ClickSendEnvelope } from '../../transport/errors';
import { toUnixSeconds } from '../validation/dates';
import { assertNotEmpty, assertNumericId } from '../validation/input';
import { assertMessageLength } from '../validation/length';
import { contactListLocator, idLocator } from './locator';
import { messageTextField, readSender, scheduleField, senderField } from './message';

/**
 * Fields of the campaign resources (SMS Campaign, MMS Campaign): one message to every contact of
 * one contact list, handled by ClickSend as a campaign. The campaign picker, the content fields
 * shared by Send, Calculate Price and Update, and the reader that checks one item's content.
 */

/** What differs between SMS and MMS campaigns. */
export interface CampaignKind {
	/** "SMS" or "MMS", for field descriptions and errors. */
	what: string;
	/** listSearch method of the campaign picker (methods/index.ts). */
	searchListMethod: string;
	/** An example campaign ID for the placeholder. */
	example: string;
	/** ClickSend's longest message of this kind (validation/messageText.ts). */
	limits: { GSM: number; Unicode: number };
}

/** The campaign an operation works on (`campaignId`): picked from the account's campaigns or given by ID. */
export function campaignLocator(kind: CampaignKind, description: string): INodeProperties {
	return idLocator({
		displayName: 'Campaign',
		name: 'campaignId',
		description,
		searchListMethod: kind.searchListMethod,
		example: kind.example,
		what: 'campaign',
	});
}

/**
 * Campaign Name, Contact List, Message, `extra` (the MMS subject and image), From and Schedule,
 * as Send, Calculate Price and Update show them.
 */
export function campaignContentFields(
	kind: CampaignKind,
	messageDescription: string,
	extra: INodeProperties[] = [],
): INodeProperties[] {
	return [
		{
			displayName: 'Campaign Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Spring sale',
			description: 'A name to recognise the campaign by in ClickSend',
		},
		contactListLocator(
			`The contact list to send to (up to 20,000 contacts): every contact with a phone number gets the ${kind.what}`,
		),
		messageTextField('e.g. Spring sale: 20% off today. Reply STOP to opt out', messageDescription),
		...extra,
		senderField(),
		scheduleField,
	];
}

/**
 * Reads and checks one item's campaign content into ClickSend's body: `list_id` (an integer, as in
 * ClickSend's API reference and ClickSend's official Node SDK, whose SmsCampaign and MmsCampaign
 * models type `listId` as a number on send, price and update; the spec says string on some), `name`,
 * `body`, and `from` and `schedule` (Unix seconds, in the future) when given.
 */
export function readCampaignContent(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
	kind: CampaignKind,
): IDataObject {
	const node = this.getNode();
	const name = assertNotEmpty(
		node,
		read('name', itemIndex, ''),
		'Campaign Name',
		'Give the campaign a name, e.g. "Spring sale".',
		itemIndex,
	);
	const text = assertNotEmpty(
		node,
		read('message', itemIndex, ''),
		'Message',
		`Type the text of the campaign ${kind.what}.`,
		itemIndex,
	);
	const body: IDataObject = {
		list_id: assertNumericId(
			node,
			read('listId', itemIndex, '', { extractValue: true }),
			'Contact List',
			itemIndex,
		),
		name: name.trim(),
		body: assertMessageLength(node, text, 'Message', kind.limits, kind.what, itemIndex),
	};
	readSender(node, read, itemIndex, body);
	const schedule = toUnixSeconds(node, read('schedule', itemIndex, ''), 'Schedule', itemIndex, {
		mustBeFuture: true,
	});
	if (schedule !== undefined) body.schedule = schedule;
	return body;
}

/**
 * The output of a campaign Cancel: `cancelled: true`, what ClickSend returned about the campaign,
 * and the campaign ID as given (under `idKey`, e.g. `sms_campaign_id`).
 */
export function cancelledCampaign(
	envelope: ClickSendEnvelope,
	idKey: string,
	campaignId: number,
): IDataObject {
	const data = responseData(envelope);
	return {
		cancelled: true,
		...data,
		[idKey]: String(campaignId),
		response_msg: envelope.response_msg,
	};
}
