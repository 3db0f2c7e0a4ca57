import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readRuleId, readRuleType, ruleLocator, rulePath, ruleTypeField } from './shared';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an automation rule',
	description: 'Delete an automation rule',
	toolDescription:
		'Delete one ClickSend automation rule by its rule type and rule_id. A rule created by an active ClickSend Trigger stops its deliveries. Returns deleted: true, rule_type and rule_id.',
};

export const properties: INodeProperties[] = [
	ruleTypeField(),
	{
		displayName:
			'Rules named "n8n: …" belong to an active ClickSend Trigger: deleting one stops that trigger until its workflow is activated again.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
	ruleLocator('The automation rule to delete'),
];

/** DELETE <rule path>/{id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const ruleType = readRuleType.call(this, itemIndex);
	const id = readRuleId.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'DELETE',
		path: rulePath(ruleType, id),
		itemIndex,
	});
	return {
		deleted: true,
		rule_type: ruleType.value,
		rule_id: id,
		response_msg: envelope.response_msg,
	};
}
