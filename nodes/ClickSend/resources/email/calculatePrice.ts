import type { INodeProperties } from 'n8n-workflow';

/**
 * Email → Calculate Price (POST /email/price) uses the fields of Email → Send (see send.ts) and
 * the same body; nothing is sent.
 */
export const calculateEmailPriceFields: INodeProperties[] = [];
