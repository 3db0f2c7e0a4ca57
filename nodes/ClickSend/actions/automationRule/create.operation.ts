import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readRuleBody, readRuleType, ruleProperties, ruleTypeField, withRuleId } from './shared';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create an automation rule',
	description: 'Create a rule that forwards inbound messages or delivery receipts',
	toolDescription:
		'Create a ClickSend automation rule: what ClickSend does with each inbound SMS, inbound fax or delivery receipt (SMS, voice, fax, email): call a URL, email an address, forward by SMS, keep for polling, add the sender to a contact list… Needs the rule type, a rule name, the action and its address (a URL, email address, phone number or list ID). Returns the new rule with its rule_id.',
};

export const properties: INodeProperties[] = [ruleTypeField(), ...ruleProperties()];

/** POST /automations/{sms,fax}/inbound or /automations/{sms,voice,fax,email}/receipts. A create: never retried after an answer that may mean it was created. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const ruleType = readRuleType.call(this, itemIndex);
	const values: IDataObject = {};
	for (const property of ruleProperties())
		values[property.name] = this.getNodeParameter(property.name, itemIndex, property.default);
	const body = readRuleBody(this.getNode(), ruleType, values, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: ruleType.rulePath,
		body,
		itemIndex,
	});
	return withRuleId(ruleType, responseData(envelope));
}
