/**
 * The ClickSend events both triggers start workflows on, in one catalogue: the ClickSend Trigger
 * (webhooks: a URL rule per activation) and the ClickSend Polling Trigger (a POLL rule and
 * ClickSend's event lists) read every fact about an event from here.
 */

export type TriggerEventName =
	| 'inboundSms'
	| 'smsReceipt'
	| 'inboundFax'
	| 'faxReceipt'
	| 'voiceReceipt'
	| 'emailReceipt';

/** Filters an event's automation rule (and the polling trigger's own check) can apply. */
export type EventFilter = 'dedicatedNumber' | 'messageMatch';

export interface TriggerEvent {
	value: TriggerEventName;
	/** Option name in the Event selector. */
	name: string;
	/** Trigger action in n8n's node panel (n8n shows `option.action`, else "On <lower-cased name>"). */
	action: string;
	description: string;
	kind: 'inbound' | 'receipt';
	/** Automation rule collection, e.g. `/automations/sms/inbound`; one rule is `${rulePath}/{id}`. */
	rulePath: string;
	/** Field of a created rule that holds its id. */
	ruleIdField: 'inbound_rule_id' | 'receipt_rule_id';
	/** The filters the node offers for this event (rule fields and the polled-row check). */
	filters: EventFilter[];
	/**
	 * ClickSend's list of this event for polling (paged: `page`, `limit`); undefined = webhook only.
	 * The spec lists no page/limit for /voice/receipts and /fax/receipts; ClickSend's reference
	 * (SDK samples `faxReceiptsGet(page, limit)`, answers with `per_page: 15`) pages them like the rest.
	 */
	pollPath?: string;
	/** Mark-as-read endpoint (PUT, `{date_before}`) of the list; undefined = none in the API. */
	markReadPath?: string;
	/** Where ClickSend's dashboard keeps the event's rules, to create a "Poll" rule by hand (ClickSend's API reference, "Pull …"). */
	dashboardRules?: string;
}

export const TRIGGER_EVENTS: TriggerEvent[] = [
	{
		value: 'inboundSms',
		name: 'Inbound SMS',
		action: 'On inbound SMS',
		description: 'An SMS reply or message arrives on one of your dedicated numbers',
		kind: 'inbound',
		rulePath: '/automations/sms/inbound',
		ruleIdField: 'inbound_rule_id',
		filters: ['dedicatedNumber', 'messageMatch'],
		pollPath: '/sms/inbound',
		markReadPath: '/sms/inbound-read',
		dashboardRules: 'Messaging Settings → SMS & MMS → Inbound Rules',
	},
	{
		value: 'smsReceipt',
		name: 'SMS Delivery Receipt',
		action: 'On SMS delivery receipt',
		description: 'ClickSend reports the delivery status of an SMS you sent',
		kind: 'receipt',
		rulePath: '/automations/sms/receipts',
		ruleIdField: 'receipt_rule_id',
		filters: [],
		pollPath: '/sms/receipts',
		markReadPath: '/sms/receipts-read',
		dashboardRules: 'Messaging Settings → SMS & MMS → Delivery Report Rules',
	},
	{
		value: 'inboundFax',
		name: 'Inbound Fax',
		action: 'On inbound fax',
		description: 'A fax arrives on one of your dedicated fax numbers',
		kind: 'inbound',
		rulePath: '/automations/fax/inbound',
		ruleIdField: 'inbound_rule_id',
		filters: ['dedicatedNumber'],
	},
	{
		value: 'faxReceipt',
		name: 'Fax Delivery Receipt',
		action: 'On fax delivery receipt',
		description: 'ClickSend reports the delivery status of a fax you sent',
		kind: 'receipt',
		rulePath: '/automations/fax/receipts',
		ruleIdField: 'receipt_rule_id',
		filters: [],
		pollPath: '/fax/receipts',
		dashboardRules: 'Messaging Settings → Fax → Delivery Rules',
	},
	{
		value: 'voiceReceipt',
		name: 'Voice Delivery Receipt',
		action: 'On voice delivery receipt',
		description: 'ClickSend reports the delivery status of a voice call you sent',
		kind: 'receipt',
		rulePath: '/automations/voice/receipts',
		ruleIdField: 'receipt_rule_id',
		filters: [],
		pollPath: '/voice/receipts',
		dashboardRules: 'Messaging Settings → Voice → Delivery Report Rules',
	},
	{
		value: 'emailReceipt',
		name: 'Email Delivery Receipt',
		action: 'On email delivery receipt',
		description: 'ClickSend reports the delivery status of an email you sent',
		kind: 'receipt',
		// The curl samples of ClickSend's API reference say /automations/email/receipt (singular); its
		// endpoint headings and the spec say /automations/email/receipts. We follow the headings and the spec.
		rulePath: '/automations/email/receipts',
		ruleIdField: 'receipt_rule_id',
		filters: [],
	},
];

/** The event in a sentence, e.g. "inbound SMS" (its action without "On"). */
export function eventPhrase(event: TriggerEvent): string {
	return event.action.replace(/^On /, '');
}

export function getTriggerEvent(value: string): TriggerEvent {
	const event = TRIGGER_EVENTS.find((candidate) => candidate.value === value);
	if (!event) throw new Error(`Unknown ClickSend Trigger event "${value}"`);
	return event;
}

/** Events the ClickSend Polling Trigger can serve (ClickSend has a list endpoint for them). */
export const POLLABLE_EVENTS = TRIGGER_EVENTS.filter((event) => event.pollPath !== undefined);

/** The events that offer `filter`, for the filter fields' displayOptions. */
export function eventsWithFilter(filter: EventFilter): TriggerEventName[] {
	return TRIGGER_EVENTS.filter((event) => event.filters.includes(filter)).map(
		(event) => event.value,
	);
}
