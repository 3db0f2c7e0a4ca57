import {
	RULE_TYPES,
	type RuleFilter,
	type RuleType,
	type RuleTypeName,
} from '../transport/automationRules';

/**
 * The ClickSend events both triggers start workflows on, in one catalogue: the ClickSend Trigger
 * (webhooks: a URL rule per activation) and the ClickSend Polling Trigger (a POLL rule and
 * ClickSend's event lists) read every fact about an event from here.
 */

/** An event: one kind of automation rule (transport/automationRules.ts) and how the triggers serve it. */
export interface TriggerEvent extends RuleType {
	/** Trigger action in n8n's node panel (n8n shows `option.action`, else "On <lower-cased name>"). */
	action: string;
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

const SERVED: Record<RuleTypeName, Omit<TriggerEvent, keyof RuleType>> = {
	inboundSms: {
		action: 'On inbound SMS',
		pollPath: '/sms/inbound',
		markReadPath: '/sms/inbound-read',
		dashboardRules: 'Messaging Settings → SMS & MMS → Inbound Rules',
	},
	smsReceipt: {
		action: 'On SMS delivery receipt',
		pollPath: '/sms/receipts',
		markReadPath: '/sms/receipts-read',
		dashboardRules: 'Messaging Settings → SMS & MMS → Delivery Report Rules',
	},
	inboundFax: { action: 'On inbound fax' },
	faxReceipt: {
		action: 'On fax delivery receipt',
		pollPath: '/fax/receipts',
		dashboardRules: 'Messaging Settings → Fax → Delivery Rules',
	},
	voiceReceipt: {
		action: 'On voice delivery receipt',
		pollPath: '/voice/receipts',
		dashboardRules: 'Messaging Settings → Voice → Delivery Report Rules',
	},
	emailReceipt: { action: 'On email delivery receipt' },
};

export const TRIGGER_EVENTS: TriggerEvent[] = RULE_TYPES.map((type) => ({
	...type,
	...SERVED[type.value],
}));

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
export function eventsWithFilter(filter: RuleFilter): RuleTypeName[] {
	return TRIGGER_EVENTS.filter((event) => event.filters.includes(filter)).map(
		(event) => event.value,
	);
}
