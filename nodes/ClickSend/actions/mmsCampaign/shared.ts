import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../execution/parameters';
import {
	campaignContentFields,
	readCampaignContent,
	type CampaignKind,
} from '../../fields/campaign';
import type { DocumentSource } from '../../sending/documents';
import { mmsMediaFields, mmsSubjectField, readMmsMedia, readMmsSubject } from '../../fields/mms';
import { uploadToClickSend } from '../../../transport/upload';
import { MMS_LIMITS } from '../../validation/length';

/**
 * What several MMS Campaign operations share: the kind of campaign, the fields of Send, Calculate
 * Price and Update with the check of one item's campaign and its body, Simplify's fields.
 */

export const MMS_CAMPAIGN: CampaignKind = {
	what: 'MMS',
	searchListMethod: 'searchMmsCampaigns',
	example: '96',
	limits: MMS_LIMITS,
};

/** Campaign Name, Contact List, Message, Subject, image, From, Schedule: Send, Calculate Price and Update. */
export const sendFields: INodeProperties[] = campaignContentFields(
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
 * image is uploaded first: `POST /uploads?convert=mms`). `list_id` is an integer, as ClickSend's API
 * reference and the SDK's MmsCampaign model type it (the spec says string on send and update).
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

/** What Simplify keeps of a campaign (Get, Get Many). */
export const SIMPLE_FIELDS = [
	'mms_campaign_id',
	'name',
	'list_id',
	'_list_name',
	'from',
	'subject',
	'body',
	'schedule',
	'status',
	'_total_count',
];
