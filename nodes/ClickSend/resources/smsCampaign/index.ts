import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import type { ResourceModule } from '../types';
import { calculateSmsCampaignPriceFields } from './calculatePrice';
import { cancelSmsCampaignFields } from './cancel';
import { getSmsCampaignFields } from './get';
import { getManySmsCampaignsFields } from './getMany';
import { sendSmsCampaignFields } from './send';
import { campaignBody, campaignUrl } from './shared';
import { updateSmsCampaignFields } from './update';
import { acknowledged, numericIdParameter, simplifyField, simplifyOutput, withPreSend } from '../../shared/routing';

/** Fields kept by Simplify for campaigns. */
const SIMPLE_CAMPAIGN_FIELDS = [
	'sms_campaign_id',
	'name',
	'list_id',
	'_list_name',
	'from',
	'body',
	'schedule',
	'status',
	'date_added',
	'_total_count',
];

const checkCampaignId = numericIdParameter('campaignId', 'Campaign');

const smsCampaignOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['smsCampaign'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of an SMS campaign',
			description: 'Get what sending the campaign would cost, without sending it',
			routing: withPreSend(operationRouting({ method: 'POST', url: '/sms-campaigns/price' }), campaignBody),
		},
		{
			name: 'Cancel',
			value: 'cancel',
			action: 'Cancel an SMS campaign',
			description: 'Cancel a scheduled SMS campaign before it is sent',
			routing: withPreSend(
				operationRouting({
					method: 'PUT',
					url: `${campaignUrl}/cancel`,
					output: [acknowledged({ cancelled: true }, { parameter: 'campaignId', key: 'sms_campaign_id' })],
				}),
				checkCampaignId,
			),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an SMS campaign',
			description: 'Get one SMS campaign with its status',
			routing: withPreSend(
				operationRouting({
					method: 'GET',
					url: campaignUrl,
					output: [unwrapData, simplifyOutput(SIMPLE_CAMPAIGN_FIELDS)],
				}),
				checkCampaignId,
			),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many SMS campaigns',
			description: 'List the SMS campaigns of the account',
			routing: listOperationRouting({
				method: 'GET',
				url: '/sms-campaigns',
				output: [simplifyOutput(SIMPLE_CAMPAIGN_FIELDS)],
			}),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send an SMS campaign',
			description: 'Send one SMS to every contact of a contact list (up to 20,000), now or scheduled',
			routing: withPreSend(operationRouting({ method: 'POST', url: '/sms-campaigns/send' }), campaignBody),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an SMS campaign',
			description: 'Change a scheduled SMS campaign: name, list, message, sender or time',
			routing: withPreSend(operationRouting({ method: 'PUT', url: campaignUrl }), checkCampaignId, campaignBody),
		},
	],
	default: 'send',
};

export const smsCampaignResource: ResourceModule = {
	name: 'SMS Campaign',
	value: 'smsCampaign',
	description: 'One SMS to a whole contact list (up to 20,000 contacts)',
	properties: [
		smsCampaignOperation,
		...sendSmsCampaignFields,
		...calculateSmsCampaignPriceFields,
		...cancelSmsCampaignFields,
		...getSmsCampaignFields,
		...getManySmsCampaignsFields,
		simplifyField('smsCampaign', ['get', 'getMany'], SIMPLE_CAMPAIGN_FIELDS),
		...updateSmsCampaignFields,
	],
};
