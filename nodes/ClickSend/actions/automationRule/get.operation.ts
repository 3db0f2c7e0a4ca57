import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OperationOption } from '../types';
import {
	fetchRule,
	readRuleId,
	readRuleType,
	ruleLocator,
	ruleTypeField,
	withRuleId,
} from './shared';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get an automation rule',
	description: 'Get one automation rule',
	toolDescription:
		'Get one ClickSend automation rule by its rule type (inboundSms, smsReceipt, inboundFax, faxReceipt, voiceReceipt, emailReceipt) and rule_id (a number). Returns rule_id, rule_name, action, action_address, enabled and, for inbound rules, dedicated_number and the message match.',
};

export const properties: INodeProperties[] = [
	ruleTypeField(),
	ruleLocator('The automation rule to get'),
];

/** GET <rule path>/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const ruleType = readRuleType.call(this, itemIndex);
	const id = readRuleId.call(this, itemIndex);
	return withRuleId(ruleType, await fetchRule.call(this, ruleType, id, itemIndex));
}
