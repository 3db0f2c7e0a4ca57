import type { INodeProperties } from 'n8n-workflow';

/** SMS Campaign → Calculate Price (POST /sms-campaigns/price): the fields of Send (send.ts). */
export const calculateSmsCampaignPriceFields: INodeProperties[] = [];
