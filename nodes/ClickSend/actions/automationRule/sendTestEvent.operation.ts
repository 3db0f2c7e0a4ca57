import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseDataOrMessage } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { fail } from '../../validation/fail';
import { assertHttpUrl, assertOneOf } from '../../validation/input';
import type { OperationOption } from '../types';
import {
	fetchRule,
	readRuleId,
	readRuleType,
	ruleLocator,
	ruleTypeField,
	webhookTypeField,
} from './shared';

export const option: OperationOption = {
	name: 'Send Test Event',
	value: 'sendTestEvent',
	action: 'Send a test event',
	description:
		"Make ClickSend deliver a test inbound SMS or SMS delivery receipt to a rule's URL or any URL",
	toolDescription:
		'Make ClickSend deliver a test inbound SMS or a test SMS delivery receipt to a web address: the URL of an automation rule (e.g. the one a ClickSend Trigger registered, to fire that workflow) or any URL. Needs the rule type (inboundSms or smsReceipt) and the rule_id or the URL. Nothing is sent to a phone. Returns the test event ClickSend delivered.',
};

/** The two rule types ClickSend has test endpoints for (POST /sms/inbound, POST /sms/receipts). */
const TEST_PATHS: Record<string, string> = {
	inboundSms: '/sms/inbound',
	smsReceipt: '/sms/receipts',
};

export const properties: INodeProperties[] = [
	ruleTypeField(['inboundSms', 'smsReceipt']),
	{
		displayName: 'Send To',
		name: 'sendTo',
		type: 'options',
		options: [
			{
				name: "An Automation Rule's URL",
				value: 'rule',
				description:
					'The address of a rule that calls a URL, e.g. the rule a ClickSend Trigger registered (named "n8n: …")',
			},
			{ name: 'A URL', value: 'url', description: 'Any web address' },
		],
		default: 'rule',
	},
	{
		...ruleLocator('The rule whose URL gets the test event'),
		displayOptions: { show: { sendTo: ['rule'] } },
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/clicksend',
		description: 'The web address ClickSend delivers the test event to',
		displayOptions: { show: { sendTo: ['url'] } },
	},
	{
		...webhookTypeField('How ClickSend sends the test inbound SMS'),
		displayOptions: { show: { sendTo: ['url'], ruleType: ['inboundSms'] } },
	},
];

/**
 * POST /sms/inbound `{url, webhook_type}` or POST /sms/receipts `{url}`: ClickSend delivers a made-up
 * event to `url` and answers with it. With a rule, the rule is read first (GET) for its address and,
 * for inbound SMS, its webhook format, so the test reaches a trigger exactly as a real event would.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const ruleType = readRuleType.call(this, itemIndex);
	const testPath = TEST_PATHS[ruleType.value];
	if (!testPath)
		fail(
			node,
			`ClickSend has no test event for ${ruleType.name}`,
			'Pick Inbound SMS or SMS Delivery Receipt as Rule Type.',
			itemIndex,
		);
	const sendTo = assertOneOf(
		node,
		this.getNodeParameter('sendTo', itemIndex, 'rule'),
		'Send To',
		['rule', 'url'],
		itemIndex,
	);
	const body: IDataObject = {};
	if (sendTo === 'rule') {
		const id = readRuleId.call(this, itemIndex);
		const rule = await fetchRule.call(this, ruleType, id, itemIndex);
		if (String(rule.action ?? '').toUpperCase() !== 'URL')
			fail(
				node,
				`Rule ${id} does not call a URL (its action is ${String(rule.action ?? 'not set')})`,
				'Pick a rule whose Action is Call a URL (Webhook), or choose Send To: A URL.',
				itemIndex,
			);
		body.url = assertHttpUrl(node, rule.action_address, `The address of rule ${id}`, itemIndex);
		if (
			ruleType.value === 'inboundSms' &&
			typeof rule.webhook_type === 'string' &&
			rule.webhook_type
		)
			body.webhook_type = rule.webhook_type;
	} else {
		body.url = assertHttpUrl(node, this.getNodeParameter('url', itemIndex, ''), 'URL', itemIndex);
		if (ruleType.value === 'inboundSms')
			body.webhook_type = assertOneOf(
				node,
				this.getNodeParameter('webhookType', itemIndex, 'json'),
				'Webhook Format',
				['post', 'get', 'json'],
				itemIndex,
			);
	}
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: testPath,
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
