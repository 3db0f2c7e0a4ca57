import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';
import { campaignIdField } from './shared';

/**
 * Email Campaign → Get History (GET /email-campaigns/{email_campaign_id}/history): one item per
 * recipient with its status, opens, clicks and bounces.
 */
export const getEmailCampaignHistoryFields: INodeProperties[] = [
	campaignIdField(['getHistory']),
	...listFields('emailCampaign', 'getHistory'),
];
