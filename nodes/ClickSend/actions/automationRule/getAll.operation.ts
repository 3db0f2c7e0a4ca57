import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';
import { readRuleType, ruleTypeField, withRuleId } from './shared';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many automation rules',
	description: 'List the automation rules of one rule type',
	toolDescription:
		'List the ClickSend automation rules of one rule type (inboundSms, smsReceipt, inboundFax, faxReceipt, voiceReceipt, emailReceipt), including the ones the ClickSend triggers created. Returns one row per rule: rule_id, rule_name, action, action_address, enabled.',
};

export const properties: INodeProperties[] = [ruleTypeField(), ...returnAllFields];

/** GET <rule path>, page by page (Return All) or up to Limit. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const ruleType = readRuleType.call(this, itemIndex);
	const rows = await clickSendAllPages.call(
		this,
		{ path: ruleType.rulePath, itemIndex },
		readLimit.call(this, itemIndex),
	);
	return rows.map((rule) => withRuleId(ruleType, rule));
}
