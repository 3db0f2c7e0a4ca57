import type { IDataObject } from 'n8n-workflow';

/**
 * ClickSend's six kinds of automation rule (`/automations/…`): where each lives, where a rule
 * keeps its id, and which filters it takes. The ClickSend node's Automation Rule resource and both
 * triggers (ClickSendEvents/events.ts, one event per kind) read them from here.
 */

export type RuleTypeName =
	| 'inboundSms'
	| 'smsReceipt'
	| 'inboundFax'
	| 'faxReceipt'
	| 'voiceReceipt'
	| 'emailReceipt';

/** Filters a rule (and the polling trigger's own check) can apply. */
export type RuleFilter = 'dedicatedNumber' | 'messageMatch';

export interface RuleType {
	value: RuleTypeName;
	/** Option name in the Event and Rule Type selectors. */
	name: string;
	description: string;
	kind: 'inbound' | 'receipt';
	/** Automation rule collection, e.g. `/automations/sms/inbound`; one rule is `${rulePath}/{id}`. */
	rulePath: string;
	/** Field of a created rule that holds its id. */
	ruleIdField: 'inbound_rule_id' | 'receipt_rule_id';
	/** The filters the rule takes (rule fields and the polled-row check). */
	filters: RuleFilter[];
}

export const RULE_TYPES: RuleType[] = [
	{
		value: 'inboundSms',
		name: 'Inbound SMS',
		description: 'An SMS reply or message arrives on one of your dedicated numbers',
		kind: 'inbound',
		rulePath: '/automations/sms/inbound',
		ruleIdField: 'inbound_rule_id',
		filters: ['dedicatedNumber', 'messageMatch'],
	},
	{
		value: 'smsReceipt',
		name: 'SMS Delivery Receipt',
		description: 'ClickSend reports the delivery status of an SMS you sent',
		kind: 'receipt',
		rulePath: '/automations/sms/receipts',
		ruleIdField: 'receipt_rule_id',
		filters: [],
	},
	{
		value: 'inboundFax',
		name: 'Inbound Fax',
		description: 'A fax arrives on one of your dedicated fax numbers',
		kind: 'inbound',
		rulePath: '/automations/fax/inbound',
		ruleIdField: 'inbound_rule_id',
		filters: ['dedicatedNumber'],
	},
	{
		value: 'faxReceipt',
		name: 'Fax Delivery Receipt',
		description: 'ClickSend reports the delivery status of a fax you sent',
		kind: 'receipt',
		rulePath: '/automations/fax/receipts',
		ruleIdField: 'receipt_rule_id',
		filters: [],
	},
	{
		value: 'voiceReceipt',
		name: 'Voice Delivery Receipt',
		description: 'ClickSend reports the delivery status of a voice call you sent',
		kind: 'receipt',
		rulePath: '/automations/voice/receipts',
		ruleIdField: 'receipt_rule_id',
		filters: [],
	},
	{
		value: 'emailReceipt',
		name: 'Email Delivery Receipt',
		description: 'ClickSend reports the delivery status of an email you sent',
		kind: 'receipt',
		// The curl samples of ClickSend's API reference say /automations/email/receipt (singular); its
		// endpoint headings and the spec say /automations/email/receipts. We follow the headings and the spec.
		rulePath: '/automations/email/receipts',
		ruleIdField: 'receipt_rule_id',
		filters: [],
	},
];

/** A rule's id under the field ClickSend uses (the spec's list example says sms_inbound_rule_id). */
export function ruleIdOf(ruleType: RuleType, rule: IDataObject): string | undefined {
	const id =
		rule[ruleType.ruleIdField] ??
		rule.sms_inbound_rule_id ??
		rule.rule_id ??
		rule.receipt_rule_id ??
		rule.inbound_rule_id;
	return id === undefined || id === null || id === '' ? undefined : String(id);
}
