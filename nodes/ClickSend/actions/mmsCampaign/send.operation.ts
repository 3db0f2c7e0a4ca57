import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	campaignContentFields,
	readCampaignContent,
	type CampaignKind,
} from '../../fields/campaign';
import type { DocumentSource } from '../../fields/document';
import { mmsMediaFields, mmsSubjectField, readMmsMedia, readMmsSubject } from '../../fields/mms';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import { runItemSends } from '../../sending/oneByOne';
import { uploadToClickSend } from '../../../transport/upload';
import { MMS_LIMITS } from '../../validation/messageText';
import type { OperationOption } from '../types';

export const MMS_CAMPAIGN: CampaignKind = {
	what: 'MMS',
	searchListMethod: 'searchMmsCampaigns',
	example: '96',
	limits: MMS_LIMITS,
};

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an MMS campaign',
	description: 'Send one MMS (image and text) to every contact of a contact list, now or scheduled',
	toolDescription:
		'Send one MMS (an image with a subject and text) to every contact of a ClickSend contact list as a campaign, now or at a scheduled time. Needs a campaign name, the list_id (a number), a subject of at most 20 characters, the message text and the image (a public JPG or GIF URL, or a binary image). Returns the campaign: mms_campaign_id, status, schedule.',
};

/** Campaign Name, Contact List, Message, Subject, image, From, Schedule: shared with Calculate Price and Update. */
export const properties: INodeProperties[] = campaignContentFields(
	MMS_CAMPAIGN,
	'The text every contact gets with the image (at most 1500 plain characters or 500 with emoji). Marketing messages must include an opt-out, e.g. "Reply STOP to opt out".',
	[mmsSubjectField, ...mmsMediaFields],
);

/** One item's checked campaign: the request body without the image, and the image. */
export interface PreparedMmsCampaign {
	body: IDataObject;
	media: DocumentSource;
}

/** Reads and checks one item's campaign (content, subject, image) before any request. */
export async function prepareMmsCampaign(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): Promise<PreparedMmsCampaign> {
	const body = readCampaignContent.call(this, read, itemIndex, MMS_CAMPAIGN);
	body.subject = readMmsSubject.call(this, read, itemIndex);
	return { body, media: await readMmsMedia.call(this, itemIndex) };
}

/**
 * The body of send, price and update: the campaign with `media_file`, the image's URL (a binary
 * image is uploaded first: `POST /uploads?convert=mms`). `list_id` is an integer, as ClickSend's API reference
 * and the SDK's MmsCampaign model type it (the spec says string on send and update).
 */
export async function mmsCampaignBody(
	this: IExecuteFunctions,
	prepared: PreparedMmsCampaign,
	itemIndex: number,
): Promise<IDataObject> {
	const { media } = prepared;
	const url =
		'url' in media
			? media.url
			: (await uploadToClickSend.call(this, media.content, 'mms', itemIndex)).url;
	return { ...prepared.body, media_file: url };
}

/** POST /mms-campaigns/send, one campaign per item. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runItemSends.call(this, {
		historyName: 'MMS campaigns',
		prepare: async (itemIndex) => {
			const prepared = await prepareMmsCampaign.call(this, read, itemIndex);
			return async () => ({
				method: 'POST',
				path: '/mms-campaigns/send',
				body: await mmsCampaignBody.call(this, prepared, itemIndex),
			});
		},
	});
}
