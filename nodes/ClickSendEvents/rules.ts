import type { IDataObject, IHookFunctions, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

import type { TriggerEvent } from './events';

/**
 * ClickSend automation rules, as both triggers build and read them: the rule's name, its body,
 * the user's filters, and where a rule keeps its id.
 */

/** The user's filters: dedicated number (inbound SMS and fax), message match (inbound SMS). */
export interface RuleFilters {
	/** '*' = all numbers. */
	dedicatedNumber: string;
	/** 0 any message, 1 starts with, 2 contains, 3 does not contain (ClickSend's message_search_type). */
	messageSearchType: number;
	messageSearchTerm: string;
}

export const ANY_MESSAGE: RuleFilters = {
	dedicatedNumber: '*',
	messageSearchType: 0,
	messageSearchTerm: '',
};

/** What a rule does with the event: call our webhook URL, or keep the event for polling. */
export type RuleTarget = { action: 'URL'; address: string } | { action: 'POLL' };

const RULE_NAME_MAX = 100;

type TriggerContext = IHookFunctions | IPollFunctions | IWebhookFunctions;

/** The node's filters for `event` (the ones the event does not offer are "all"). */
export function ruleFilters(context: TriggerContext, event: TriggerEvent): RuleFilters {
	const filters = { ...ANY_MESSAGE };
	if (event.filters.includes('dedicatedNumber')) {
		filters.dedicatedNumber = String(context.getNodeParameter('dedicatedNumber', '*') || '*');
	}
	if (event.filters.includes('messageMatch')) {
		filters.messageSearchType = Number(context.getNodeParameter('messageSearchType', 0)) || 0;
		if (filters.messageSearchType !== 0)
			filters.messageSearchTerm = String(context.getNodeParameter('messageSearchTerm', ''));
	}
	return filters;
}

/**
 * The rule's name in ClickSend's dashboard: `n8n: <workflow> (<node>)` for a webhook rule (one per
 * trigger), `n8n polling: <workflow>` for a POLL rule (any poller of the account may reuse it).
 */
export function ruleName(
	context: IHookFunctions | IPollFunctions,
	purpose: 'webhook' | 'polling',
): string {
	const workflow = context.getWorkflow();
	const workflowName = workflow.name ?? workflow.id ?? 'workflow';
	const name =
		purpose === 'webhook'
			? `n8n: ${workflowName} (${context.getNode().name})`
			: `n8n polling: ${workflowName}`;
	return name.length > RULE_NAME_MAX ? `${name.slice(0, RULE_NAME_MAX - 1)}…` : name;
}

/**
 * Body of `POST <rulePath>`: the event's filters, `match_type` 0 (all reports) for receipts, and
 * the target. Inbound SMS URL rules ask for a JSON body (`webhook_type`: not in the spec's create
 * schema, which has no additionalProperties: false; ClickSend's API reference documents it). POLL rules follow the
 * spec's example (action POLL, action_address "").
 */
export function ruleBody(
	event: TriggerEvent,
	name: string,
	filters: RuleFilters,
	target: RuleTarget,
): IDataObject {
	const body: IDataObject = { rule_name: name };
	if (event.kind === 'receipt') body.match_type = 0;
	if (event.filters.includes('dedicatedNumber'))
		body.dedicated_number = filters.dedicatedNumber || '*';
	if (event.filters.includes('messageMatch')) {
		body.message_search_type = filters.messageSearchType;
		body.message_search_term = filters.messageSearchType === 0 ? null : filters.messageSearchTerm;
	}
	body.action = target.action;
	body.action_address = target.action === 'URL' ? target.address : '';
	body.enabled = 1;
	if (target.action === 'URL' && event.filters.includes('messageMatch')) body.webhook_type = 'json';
	return body;
}

/** Whether a listed inbound SMS passes the node's filters, as ClickSend's rule would decide (not case-sensitive). */
export function matchesFilters(row: IDataObject, filters: RuleFilters): boolean {
	const number = filters.dedicatedNumber;
	if (number && number !== '*' && String(row.to ?? '') !== number) return false;
	if (!filters.messageSearchType || !filters.messageSearchTerm) return true;
	const body = String(row.body ?? row.message ?? '').toLowerCase();
	const needle = filters.messageSearchTerm.toLowerCase();
	if (filters.messageSearchType === 1) return body.startsWith(needle);
	if (filters.messageSearchType === 2) return body.includes(needle);
	if (filters.messageSearchType === 3) return !body.includes(needle);
	return true;
}
