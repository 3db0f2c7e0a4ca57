import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import { idInPath } from '../email/shared';
import { simplifyField, simplifyOutput, withPreSend } from '../../shared/routing';
import type { ResourceModule } from '../types';
import { calculateEmailCampaignPriceFields } from './calculatePrice';
import { cancelEmailCampaignFields } from './cancel';
import { getEmailCampaignFields } from './get';
import { getEmailCampaignHistoryFields } from './getHistory';
import { getManyEmailCampaignsFields } from './getMany';
import { buildCampaignBody, emailCampaignFields } from './send';
import { campaignPath, SIMPLE_CAMPAIGN_FIELDS, SIMPLE_CAMPAIGN_HISTORY_FIELDS } from './shared';
import { buildCampaignUpdate, updateEmailCampaignFields } from './update';

const campaignId = (suffix?: string) => idInPath('campaignId', 'Campaign ID', campaignPath(suffix));

const emailCampaignOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['emailCampaign'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of an email campaign',
			description: 'Get what sending the campaign to the list would cost, without sending it',
			routing: withPreSend(operationRouting({ method: 'POST', url: '/email-campaigns/price' }), buildCampaignBody(false)),
		},
		{
			name: 'Cancel',
			value: 'cancel',
			action: 'Cancel an email campaign',
			description: 'Cancel a scheduled campaign before it is sent',
			routing: withPreSend(operationRouting({ method: 'PUT', url: campaignPath('/cancel') }), campaignId('/cancel')),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an email campaign',
			description: 'Get one campaign with its status and counts of opens, clicks and bounces',
			routing: withPreSend(operationRouting({ method: 'GET', url: campaignPath(), output: [unwrapData, simplifyOutput(SIMPLE_CAMPAIGN_FIELDS)] }), campaignId()),
		},
		{
			name: 'Get History',
			value: 'getHistory',
			action: 'Get the history of an email campaign',
			description: 'List each recipient of a campaign with its status, opens, clicks and bounces',
			routing: withPreSend(listOperationRouting({ method: 'GET', url: campaignPath('/history'), output: [simplifyOutput(SIMPLE_CAMPAIGN_HISTORY_FIELDS)] }), campaignId('/history')),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many email campaigns',
			description: 'List your email campaigns',
			routing: withPreSend(listOperationRouting({ method: 'GET', url: '/email-campaigns', output: [simplifyOutput(SIMPLE_CAMPAIGN_FIELDS)] })),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send an email campaign',
			description: 'Email a contact list, now or at a scheduled time',
			routing: withPreSend(operationRouting({ method: 'POST', url: '/email-campaigns/send' }), buildCampaignBody(true)),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an email campaign',
			description: 'Change a scheduled campaign: subject, body, list, sender or time',
			routing: withPreSend(operationRouting({ method: 'PUT', url: campaignPath() }), buildCampaignUpdate),
		},
	],
	default: 'send',
};

export const emailCampaignResource: ResourceModule = {
	name: 'Email Campaign',
	value: 'emailCampaign',
	description: 'Email a contact list: send, price, schedule, update, cancel and follow campaigns',
	properties: [
		emailCampaignOperation,
		...emailCampaignFields,
		...calculateEmailCampaignPriceFields,
		...cancelEmailCampaignFields,
		...getEmailCampaignFields,
		...getEmailCampaignHistoryFields,
		...getManyEmailCampaignsFields,
		...updateEmailCampaignFields,
		simplifyField('emailCampaign', ['get', 'getMany'], SIMPLE_CAMPAIGN_FIELDS),
		simplifyField('emailCampaign', ['getHistory'], SIMPLE_CAMPAIGN_HISTORY_FIELDS),
	],
};
