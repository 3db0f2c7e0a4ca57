import type { IDataObject, IPollFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { responseData } from '../transport/envelope';
import { clickSendAllPages } from '../transport/pagination';
import { clickSendRequest } from '../transport/request';
import { ruleIdOf } from '../transport/automationRules';
import { eventPhrase, type TriggerEvent } from '../ClickSendEvents/events';
import { ANY_MESSAGE, ruleBody, ruleName, type RuleFilters } from '../ClickSendEvents/rules';

/**
 * ClickSend keeps inbound SMS and delivery receipts in its unread lists (the ones the poll reads)
 * only while an automation rule with the action POLL exists for the event. The poll makes sure
 * one does: it reuses a fitting rule of the account, or creates one, and remembers its id.
 */

/** What the node keeps in its static data about the POLL rule it verified or created. */
export interface PollRuleRecord extends IDataObject {
	event: string;
	/** The dedicated number the rule must cover (inbound SMS; '*' otherwise). */
	dedicatedNumber: string;
	rulePath: string;
	ruleId: string;
	/** Whether this node created the rule (false: an existing rule of the account is used). */
	created: boolean;
}

/** Body of the create-rule request: the event's rule for all messages, action POLL, no address. */
export function pollRuleBody(
	event: TriggerEvent,
	name: string,
	dedicatedNumber: string,
): IDataObject {
	// The node applies Message Match itself, so the rule keeps every message to the number.
	return ruleBody(event, name, { ...ANY_MESSAGE, dedicatedNumber }, { action: 'POLL' });
}

const sameNumber = (a: unknown, b: string) =>
	String(a ?? '').replace(/^\+/, '') === b.replace(/^\+/, '');

/**
 * Whether an existing rule keeps what the node polls: action POLL, enabled, and for inbound SMS
 * all numbers ('*') or the node's number, with any message (the node filters the text itself)
 * or exactly the node's own message match; receipts: all reports (match_type 0).
 */
export function ruleKeepsEvents(
	event: TriggerEvent,
	rule: IDataObject,
	filters: RuleFilters,
): boolean {
	if (String(rule.action ?? '').toUpperCase() !== 'POLL') return false;
	if (Number(rule.enabled ?? 1) === 0) return false;
	if (event.kind === 'receipt') return Number(rule.match_type ?? 0) === 0;
	const number = filters.dedicatedNumber || '*';
	if (
		rule.dedicated_number !== '*' &&
		(number === '*' || !sameNumber(rule.dedicated_number, number))
	)
		return false;
	const searchType = Number(rule.message_search_type ?? 0);
	if (searchType === 0) return true;
	return (
		searchType === filters.messageSearchType &&
		String(rule.message_search_term ?? '').toLowerCase() === filters.messageSearchTerm.toLowerCase()
	);
}

function setupError(
	context: IPollFunctions,
	event: TriggerEvent,
	cause: unknown,
	step: string,
): NodeApiError {
	const original = cause instanceof NodeApiError ? cause : undefined;
	const said = original?.message ?? (cause instanceof Error ? cause.message : String(cause));
	const byHand =
		`create the rule in ClickSend: ${event.dashboardRules ?? 'Messaging Settings'} → Add New Rule → action "Poll"` +
		(event.kind === 'receipt'
			? ', all reports'
			: ", all numbers (or this node's number), any message") +
		' → Save. The next poll finds it.';
	return new NodeApiError(context.getNode(), { message: said } as JsonObject, {
		message: `Could not ${step} the Poll rule for ${eventPhrase(event)} events: ${said}`,
		description: original?.description
			? `${original.description} Or ${byHand}`
			: `${byHand.charAt(0).toUpperCase()}${byHand.slice(1)}`,
		httpCode: original?.httpCode ?? undefined,
	});
}

/**
 * Makes sure a POLL rule exists for the node's event before the event lists are read. A
 * scheduled poll does nothing more when static data already holds a rule verified for the same
 * event and number; a manual run ("Fetch Test Event") always looks again, so a rule deleted in
 * the dashboard comes back. Looking means listing the account's rules (`GET <rulePath>`), reusing
 * a fitting one or creating one (`POST <rulePath>`), and recording it: this finds a rule created
 * by an earlier poll whose static data was not kept, so it is never created twice. A failure is a
 * NodeApiError saying what to set up by hand.
 */
export async function ensurePollRule(
	this: IPollFunctions,
	state: IDataObject,
	event: TriggerEvent,
	filters: RuleFilters,
): Promise<PollRuleRecord> {
	const dedicatedNumber = filters.dedicatedNumber || '*';
	const known = state.pollRule as PollRuleRecord | undefined;
	const verified =
		known && known.event === event.value && known.dedicatedNumber === dedicatedNumber;
	if (verified && this.getMode() !== 'manual') return known;

	let rules: IDataObject[];
	try {
		rules = await clickSendAllPages.call(this, { path: event.rulePath });
	} catch (error) {
		throw setupError(this, event, error, 'look up');
	}
	const existing = rules.find(
		(rule) => ruleKeepsEvents(event, rule, filters) && ruleIdOf(event, rule) !== undefined,
	);
	let record: PollRuleRecord;
	if (existing) {
		record = {
			event: event.value,
			dedicatedNumber,
			rulePath: event.rulePath,
			ruleId: ruleIdOf(event, existing)!,
			created: false,
		};
	} else {
		let created: IDataObject;
		try {
			const envelope = await clickSendRequest.call(this, {
				method: 'POST',
				path: event.rulePath,
				body: pollRuleBody(event, ruleName(this, 'polling'), dedicatedNumber),
			});
			created = responseData(envelope);
		} catch (error) {
			throw setupError(this, event, error, 'create');
		}
		const id = ruleIdOf(event, created);
		if (id === undefined) throw setupError(this, event, 'ClickSend returned no rule id', 'create');
		record = {
			event: event.value,
			dedicatedNumber,
			rulePath: event.rulePath,
			ruleId: id,
			created: true,
		};
	}
	state.pollRule = record;
	return record;
}
