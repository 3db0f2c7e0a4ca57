import type { IDataObject } from 'n8n-workflow';

/** The events the ClickSend Trigger can start a workflow on. */
export type TriggerEventName =
	| 'inboundSms'
	| 'smsReceipt'
	| 'inboundFax'
	| 'faxReceipt'
	| 'voiceReceipt'
	| 'emailReceipt';

/** The user's rule filters (inbound SMS / fax only). */
export interface RuleFilters {
	dedicatedNumber: string;
	messageSearchType: number;
	messageSearchTerm: string;
}

/**
 * One ClickSend event: where its automation rules live, which field of a rule holds its id, and
 * where its events can be polled (ClickSend Polling Trigger, where ClickSend offers a list).
 */
export interface TriggerEvent {
	value: TriggerEventName;
	name: string;
	description: string;
	kind: 'inbound' | 'receipt';
	/** Automation rule collection, e.g. `/automations/sms/inbound`; one rule is `${rulePath}/{id}`. */
	rulePath: string;
	/** Field of the created rule that holds its id. */
	ruleIdField: 'inbound_rule_id' | 'receipt_rule_id';
	/** Body of the create-rule request for a URL (webhook) rule, without action_address. */
	ruleBody(ruleName: string, filters: RuleFilters): IDataObject;
	/** List endpoint for polling; undefined = webhook only. */
	pollPath?: string;
	/** Whether the poll endpoint takes page/limit (the spec lists them for /sms/* only). */
	pollPaged?: boolean;
	/** Mark-as-read endpoint (PUT, {date_before}) for polling; undefined = none in the API. */
	markReadPath?: string;
	/**
	 * Where ClickSend's dashboard keeps this event's rules, to create a "Poll" rule by hand
	 * (from the seed docs' "Pull …" sections; pollable events only).
	 */
	dashboardRules?: string;
}

function receiptRule(ruleName: string): IDataObject {
	// match_type 0 = all reports.
	return { rule_name: ruleName, match_type: 0, action: 'URL', enabled: 1 };
}

export const TRIGGER_EVENTS: TriggerEvent[] = [
	{
		value: 'inboundSms',
		name: 'Inbound SMS',
		description: 'An SMS reply or message arrives on one of your dedicated numbers',
		kind: 'inbound',
		rulePath: '/automations/sms/inbound',
		ruleIdField: 'inbound_rule_id',
		ruleBody: (ruleName, filters) => ({
			dedicated_number: filters.dedicatedNumber || '*',
			rule_name: ruleName,
			message_search_type: filters.messageSearchType,
			message_search_term: filters.messageSearchType === 0 ? null : filters.messageSearchTerm,
			action: 'URL',
			enabled: 1,
			// Not in the spec's create schema (which has no additionalProperties: false); the seeds
			// document it. 'json' = ClickSend POSTs a JSON body.
			webhook_type: 'json',
		}),
		pollPath: '/sms/inbound',
		pollPaged: true,
		markReadPath: '/sms/inbound-read',
		dashboardRules: 'Messaging Settings → SMS & MMS → Inbound Rules',
	},
	{
		value: 'smsReceipt',
		name: 'SMS Delivery Receipt',
		description: 'ClickSend reports the delivery status of an SMS you sent',
		kind: 'receipt',
		rulePath: '/automations/sms/receipts',
		ruleIdField: 'receipt_rule_id',
		ruleBody: receiptRule,
		pollPath: '/sms/receipts',
		pollPaged: true,
		markReadPath: '/sms/receipts-read',
		dashboardRules: 'Messaging Settings → SMS & MMS → Delivery Report Rules',
	},
	{
		value: 'inboundFax',
		name: 'Inbound Fax',
		description: 'A fax arrives on one of your dedicated fax numbers',
		kind: 'inbound',
		rulePath: '/automations/fax/inbound',
		ruleIdField: 'inbound_rule_id',
		ruleBody: (ruleName, filters) => ({
			dedicated_number: filters.dedicatedNumber || '*',
			rule_name: ruleName,
			action: 'URL',
			enabled: 1,
		}),
	},
	{
		value: 'faxReceipt',
		name: 'Fax Delivery Receipt',
		description: 'ClickSend reports the delivery status of a fax you sent',
		kind: 'receipt',
		rulePath: '/automations/fax/receipts',
		ruleIdField: 'receipt_rule_id',
		ruleBody: receiptRule,
		pollPath: '/fax/receipts',
		dashboardRules: 'Messaging Settings → Fax → Delivery Rules',
	},
	{
		value: 'voiceReceipt',
		name: 'Voice Delivery Receipt',
		description: 'ClickSend reports the delivery status of a voice call you sent',
		kind: 'receipt',
		rulePath: '/automations/voice/receipts',
		ruleIdField: 'receipt_rule_id',
		ruleBody: receiptRule,
		pollPath: '/voice/receipts',
		dashboardRules: 'Messaging Settings → Voice → Delivery Report Rules',
	},
	{
		value: 'emailReceipt',
		name: 'Email Delivery Receipt',
		description: 'ClickSend reports the delivery status of an email you sent',
		kind: 'receipt',
		// The seeds' curl samples say /automations/email/receipt (singular); their endpoint headings
		// and the spec say /automations/email/receipts. We follow the headings and the spec.
		rulePath: '/automations/email/receipts',
		ruleIdField: 'receipt_rule_id',
		ruleBody: receiptRule,
	},
];

export function getTriggerEvent(value: string): TriggerEvent {
	const event = TRIGGER_EVENTS.find((candidate) => candidate.value === value);
	if (!event) throw new Error(`Unknown ClickSend Trigger event "${value}"`);
	return event;
}

/** Events the ClickSend Polling Trigger can serve (ClickSend has a list endpoint for them). */
export const POLLABLE_EVENTS = TRIGGER_EVENTS.filter((event) => event.pollPath !== undefined);
