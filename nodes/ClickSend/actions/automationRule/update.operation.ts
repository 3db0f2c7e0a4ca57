import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { updateFieldsCollection } from '../../fields/collections';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { fail } from '../../validation/fail';
import type { OperationOption } from '../types';
import {
	fetchRule,
	readRuleBody,
	readRuleId,
	readRuleType,
	ruleLocator,
	rulePath,
	ruleTypeField,
	ruleUpdateOptions,
	ruleValues,
	withRuleId,
} from './shared';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update an automation rule',
	description: 'Change some fields of an automation rule; the others keep their values',
	toolDescription:
		'Change some fields of a ClickSend automation rule (name, action, action address, enabled, dedicated number, message match); the others keep their values. Needs the rule type, the rule_id and the fields to change. Returns the updated rule.',
};

export const properties: INodeProperties[] = [
	ruleTypeField(),
	ruleLocator('The automation rule to change'),
	updateFieldsCollection(ruleUpdateOptions()),
];

/**
 * ClickSend's API reference requires every field on PUT <rule path>/{id} (the spec's fax receipt
 * update lists only action_address), so the node reads the rule, applies the changed fields,
 * checks the result and sends the whole rule.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const ruleType = readRuleType.call(this, itemIndex);
	const id = readRuleId.call(this, itemIndex);
	const changes = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (!Object.keys(changes).length)
		fail(
			node,
			'Update Fields is empty',
			'Add the fields to change (e.g. Action Address) with Add Field.',
			itemIndex,
		);
	const rule = await fetchRule.call(this, ruleType, id, itemIndex);
	const body = readRuleBody(node, ruleType, { ...ruleValues(rule), ...changes }, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: rulePath(ruleType, id),
		body,
		itemIndex,
	});
	return withRuleId(ruleType, responseData(envelope));
}
