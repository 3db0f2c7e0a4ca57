import type { INodeProperties } from 'n8n-workflow';

/**
 * Email Campaign → Calculate Price (POST /email-campaigns/price) uses the fields of Email
 * Campaign → Send (see send.ts); nothing is sent.
 */
export const calculateEmailCampaignPriceFields: INodeProperties[] = [];
