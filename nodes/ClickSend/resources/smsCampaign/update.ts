import type { INodeProperties } from 'n8n-workflow';

import { campaignField } from './shared';

/** SMS Campaign → Update (PUT /sms-campaigns/{id}): the Campaign, then the fields of Send (send.ts). */
export const updateSmsCampaignFields: INodeProperties[] = [campaignField(['update'])];
