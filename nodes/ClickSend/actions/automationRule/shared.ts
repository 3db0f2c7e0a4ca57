import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import {
	ruleIdOf,
	RULE_TYPES,
	type RuleType,
	type RuleTypeName,
} from '../../../transport/automationRules';
import { idLocator } from '../../fields/locator';
import { fail, textOf } from '../../validation/fail';
import {
	assertEmail,
	assertHttpUrl,
	assertNotEmpty,
	assertOneOf,
	assertPhoneNumber,
} from '../../validation/input';

/**
 * What the Automation Rule operations share: the Rule Type (one of the six kinds of ClickSend
 * automation rule of transport/automationRules.ts, on which the triggers' events build too), the
 * Rule picker, and the rule's fields with the reader that turns them into ClickSend's body.
 */

/** The Rule Type selector; `only` limits it (Send Test Event: the two kinds with a test endpoint). */
export function ruleTypeField(only?: RuleTypeName[]): INodeProperties {
	const ruleTypes = RULE_TYPES.filter((ruleType) => !only || only.includes(ruleType.value));
	return {
		displayName: 'Rule Type',
		name: 'ruleType',
		type: 'options',
		noDataExpression: true,
		options: ruleTypes.map((ruleType) => ({
			name: ruleType.name,
			value: ruleType.value,
			description: ruleType.description,
		})),
		default: 'inboundSms',
		description: 'Which ClickSend automation rules: what event they act on',
	};
}

/** The item's Rule Type (its rule path, id field, filters). */
export function readRuleType(this: IExecuteFunctions, itemIndex: number): RuleType {
	const value = assertOneOf(
		this.getNode(),
		this.getNodeParameter('ruleType', itemIndex, 'inboundSms'),
		'Rule Type',
		RULE_TYPES.map((ruleType) => ruleType.value),
		itemIndex,
	);
	return RULE_TYPES.find((ruleType) => ruleType.value === value)!;
}

/** The rule an operation acts on (`ruleId`), picked from the rules of the chosen Rule Type or by ID. */
export function ruleLocator(description: string): INodeProperties {
	return idLocator({
		displayName: 'Rule',
		name: 'ruleId',
		description,
		searchListMethod: 'searchAutomationRules',
		example: '10',
		what: 'rule',
	});
}

export function readRuleId(this: IExecuteFunctions, itemIndex: number): number {
	return readNumericId.call(this, 'ruleId', itemIndex, 'Rule');
}

/** ClickSend's rule actions (ClickSend's API reference lists the same ones for every rule type). */
const ACTIONS: Array<[value: string, name: string, description: string]> = [
	['URL', 'Call a URL (Webhook)', 'ClickSend calls the Action Address, a web address'],
	['EMAIL_FIXED', 'Email an Address', 'ClickSend emails the event to the Action Address'],
	['EMAIL_USER', 'Email the Account User', "ClickSend emails the event to the account's user"],
	[
		'SMS',
		'Forward by SMS',
		'ClickSend forwards the event by SMS to the Action Address, a phone number',
	],
	[
		'POLL',
		'Keep for Polling',
		'ClickSend keeps the event in its lists (read by the ClickSend Polling Trigger or Get Many)',
	],
	['AUTO_REPLY', 'Auto Reply', 'ClickSend answers the sender'],
	['GROUP_SMS', 'Group SMS', "As ClickSend's dashboard describes it"],
	[
		'MOVE_CONTACT',
		'Move Contact',
		"As ClickSend's dashboard describes it (Action Address: a contact list ID)",
	],
	[
		'CREATE_CONTACT',
		'Create Contact',
		'Adds the sender to a contact list (Action Address: the list ID)',
	],
	[
		'CREATE_CONTACT_PLUS_EMAIL',
		'Create Contact with Email',
		'Adds the sender to a contact list (Action Address: the list ID)',
	],
	[
		'CREATE_CONTACT_PLUS_NAME',
		'Create Contact with Name',
		'Adds the sender to a contact list (Action Address: the list ID)',
	],
	[
		'CREATE_CONTACT_PLUS_NAME_EMAIL',
		'Create Contact with Name and Email',
		'Adds the sender to a contact list (Action Address: the list ID)',
	],
	['SMPP', 'SMPP', 'Delivers the event over your SMPP connection'],
	['NONE', 'None', 'The rule does nothing'],
];

const ACTION_VALUES = ACTIONS.map(([value]) => value);

/** The message match of inbound SMS rules (ClickSend's message_search_type). */
const MESSAGE_MATCHES: Array<[value: number, name: string]> = [
	[0, 'Any Message'],
	[1, 'Starts With'],
	[2, 'Contains'],
	[3, 'Does Not Contain'],
];

/** Webhook Format of inbound SMS sent to a URL (ClickSend's webhook_type). */
export function webhookTypeField(description: string): INodeProperties {
	return {
		displayName: 'Webhook Format',
		name: 'webhookType',
		type: 'options',
		options: [
			{ name: 'Form Post', value: 'post' },
			{ name: 'JSON Post', value: 'json' },
			{ name: 'Query String (GET)', value: 'get' },
		],
		default: 'json',
		description,
	};
}

/** GET <rule path>/{id}: the rule as ClickSend has it (Get, and Update and Send Test Event before they act). */
export async function fetchRule(
	this: IExecuteFunctions,
	ruleType: RuleType,
	id: number,
	itemIndex: number,
): Promise<IDataObject> {
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: rulePath(ruleType, id),
		itemIndex,
	});
	return responseData(envelope);
}

/** One rule's path: `<rule path>/{id}`. */
export function rulePath(ruleType: RuleType, id: number): string {
	return `${ruleType.rulePath}${apiPath`/${id}`}`;
}

/** A rule field: its parameter name, ClickSend's key and the rule types it belongs to. */
interface RuleField {
	name: string;
	key: string;
	/** Undefined = every rule type. */
	ruleTypes?: RuleTypeName[];
	property: INodeProperties;
}

const INBOUND: RuleTypeName[] = ['inboundSms', 'inboundFax'];

export const RULE_FIELDS: RuleField[] = [
	{
		name: 'ruleName',
		key: 'rule_name',
		property: {
			displayName: 'Rule Name',
			name: 'ruleName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Forward replies to support',
			description: "The rule's name in ClickSend's dashboard",
		},
	},
	{
		name: 'action',
		key: 'action',
		property: {
			displayName: 'Action',
			name: 'action',
			type: 'options',
			options: ACTIONS.map(([value, name, description]) => ({ name, value, description })).sort(
				(a, b) => a.name.localeCompare(b.name),
			),
			default: 'URL',
			description: 'What ClickSend does with each event',
		},
	},
	{
		name: 'actionAddress',
		key: 'action_address',
		property: {
			displayName: 'Action Address',
			name: 'actionAddress',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.com/clicksend',
			description:
				'Where the action goes: a web address (Call a URL), an email address (Email an Address), a phone number (Forward by SMS), a contact list ID (Create Contact…). Empty for Keep for Polling, Email the Account User and None.',
		},
	},
	{
		name: 'enabled',
		key: 'enabled',
		property: {
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether the rule is active',
		},
	},
	{
		name: 'dedicatedNumber',
		key: 'dedicated_number',
		ruleTypes: INBOUND,
		property: {
			displayName: 'Dedicated Number',
			name: 'dedicatedNumber',
			type: 'string',
			default: '*',
			placeholder: 'e.g. +61411111111',
			description: 'The dedicated number the rule watches; * for all of your numbers',
		},
	},
	{
		name: 'messageSearchType',
		key: 'message_search_type',
		ruleTypes: ['inboundSms'],
		property: {
			displayName: 'Message Match',
			name: 'messageSearchType',
			type: 'options',
			options: MESSAGE_MATCHES.map(([value, name]) => ({ name, value })),
			default: 0,
			description: 'Which inbound messages the rule acts on',
		},
	},
	{
		name: 'messageSearchTerm',
		key: 'message_search_term',
		ruleTypes: ['inboundSms'],
		property: {
			displayName: 'Match Text',
			name: 'messageSearchTerm',
			type: 'string',
			default: '',
			placeholder: 'e.g. STOP',
			description: 'The text of Message Match (not used with Any Message)',
		},
	},
	{
		name: 'webhookType',
		key: 'webhook_type',
		ruleTypes: ['inboundSms'],
		property: webhookTypeField('How ClickSend sends the inbound SMS to the URL (Call a URL only)'),
	},
];

/** The fields of a rule type, as node properties shown for that rule type (Create). */
export function ruleProperties(): INodeProperties[] {
	return RULE_FIELDS.map(({ property, ruleTypes }) => {
		const shown: INodeProperties = { ...property };
		if (property.name === 'ruleName') shown.required = true;
		if (ruleTypes) shown.displayOptions = { show: { ruleType: ruleTypes } };
		if (property.name === 'messageSearchTerm')
			shown.displayOptions = {
				show: { ruleType: ['inboundSms'], messageSearchType: [1, 2, 3] },
			};
		if (property.name === 'webhookType')
			shown.displayOptions = { show: { ruleType: ['inboundSms'], action: ['URL'] } };
		return shown;
	});
}

/** The same fields inside Update Fields, each shown for its rule types. */
export function ruleUpdateOptions(): INodeProperties[] {
	return RULE_FIELDS.map(({ property, ruleTypes }) =>
		ruleTypes ? { ...property, displayOptions: { show: { '/ruleType': ruleTypes } } } : property,
	);
}

/** A rule as ClickSend lists it, as parameter values (what Update starts from). */
export function ruleValues(rule: IDataObject): IDataObject {
	const values: IDataObject = {};
	for (const field of RULE_FIELDS)
		if (rule[field.key] !== undefined) values[field.name] = rule[field.key];
	return values;
}

function readFlag(node: INode, value: unknown, itemIndex: number): number {
	if (value === true || value === 1 || value === '1' || value === 'true') return 1;
	if (value === false || value === 0 || value === '0' || value === 'false') return 0;
	return fail(
		node,
		`Enabled "${textOf(node, value, 'Enabled', itemIndex)}" is not true or false`,
		'Switch Enabled on or off, or map true or false.',
		itemIndex,
	);
}

function readActionAddress(node: INode, action: string, value: unknown, itemIndex: number): string {
	const label = 'Action Address';
	if (action === 'URL') return assertHttpUrl(node, value, label, itemIndex);
	if (action === 'EMAIL_FIXED') return assertEmail(node, value, label, itemIndex);
	if (action === 'SMS') return assertPhoneNumber(node, value, label, itemIndex);
	return textOf(node, value, label, itemIndex).trim();
}

/**
 * The body of a rule of `ruleType` from parameter values (Create's fields, or Update's
 * current rule with the changes applied), each field checked. ClickSend's API reference lists
 * every field as required on both create and update, so the whole rule is always sent.
 */
export function readRuleBody(
	node: INode,
	ruleType: RuleType,
	values: IDataObject,
	itemIndex: number,
): IDataObject {
	const body: IDataObject = {
		rule_name: assertNotEmpty(
			node,
			values.ruleName,
			'Rule Name',
			'Give the rule a name, e.g. "Forward replies to support".',
			itemIndex,
		).trim(),
	};
	if (ruleType.kind === 'receipt') body.match_type = 0;
	if (ruleType.filters.includes('dedicatedNumber')) {
		const number = textOf(
			node,
			values.dedicatedNumber ?? '*',
			'Dedicated Number',
			itemIndex,
		).trim();
		body.dedicated_number =
			!number || number === '*'
				? '*'
				: assertPhoneNumber(node, number, 'Dedicated Number', itemIndex);
	}
	if (ruleType.filters.includes('messageMatch')) {
		const type = Number(values.messageSearchType ?? 0);
		if (![0, 1, 2, 3].includes(type))
			fail(
				node,
				`Message Match "${String(values.messageSearchType)}" is not valid`,
				'Pick Any Message, Starts With, Contains or Does Not Contain.',
				itemIndex,
			);
		body.message_search_type = type;
		body.message_search_term =
			type === 0
				? null
				: assertNotEmpty(
						node,
						values.messageSearchTerm,
						'Match Text',
						'Enter the text the message must start with, contain or not contain, or set Message Match to Any Message.',
						itemIndex,
					);
	}
	const action = assertOneOf(node, values.action ?? 'URL', 'Action', ACTION_VALUES, itemIndex);
	body.action = action;
	body.action_address = readActionAddress(node, action, values.actionAddress ?? '', itemIndex);
	body.enabled = readFlag(node, values.enabled ?? true, itemIndex);
	if (action === 'URL' && ruleType.filters.includes('messageMatch'))
		body.webhook_type = assertOneOf(
			node,
			values.webhookType ?? 'json',
			'Webhook Format',
			['post', 'get', 'json'],
			itemIndex,
		);
	return body;
}

/**
 * A rule from ClickSend's answer, with `rule_id` and `rule_type` first: ClickSend names the id
 * differently per rule type (inbound_rule_id, receipt_rule_id, sms_inbound_rule_id in lists).
 */
export function withRuleId(ruleType: RuleType, rule: IDataObject): IDataObject {
	const id = ruleIdOf(ruleType, rule);
	if (id === undefined) return { rule_type: ruleType.value, ...rule };
	return { rule_id: /^\d+$/.test(id) ? Number(id) : id, rule_type: ruleType.value, ...rule };
}
