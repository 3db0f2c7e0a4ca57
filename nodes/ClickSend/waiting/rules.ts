import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ruleIdOf, RULE_TYPES, type RuleType } from '../../transport/automationRules';
import type { ClickSendContext } from '../../transport/credentials';
import { responseData } from '../../transport/envelope';
import { isNotFound } from '../../transport/errors';
import { clickSendAllPages } from '../../transport/pagination';
import { apiPath } from '../../transport/path';
import { clickSendRequest } from '../../transport/request';

/**
 * The ClickSend automation rule of one wait: an inbound SMS rule (replies) or an SMS receipt rule
 * (delivery), whose URL is the execution's signed resume URL. Created before the SMS is sent,
 * deleted by the delivery that resumes the execution (that DELETE is also what makes one delivery
 * win when several arrive at once), and otherwise removed by a later wait once its limit has
 * passed: its name carries it, e.g. `n8n wait until 2026-12-08T09:30:00Z (execution 412)`.
 */

export type WaitKind = 'reply' | 'delivery';

const RULE_NAME_PREFIX = 'n8n wait until ';
const RULE_NAME_PATTERN = /^n8n wait until (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)\b/;

export function waitRuleType(kind: WaitKind): RuleType {
	const value = kind === 'reply' ? 'inboundSms' : 'smsReceipt';
	return RULE_TYPES.find((type) => type.value === value)!;
}

export function waitRuleName(until: Date, executionId: string): string {
	const iso = until.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return `${RULE_NAME_PREFIX}${iso} (execution ${executionId})`.slice(0, 100);
}

/** When a rule named by waitRuleName expires; undefined for any other rule. */
export function waitRuleExpiry(name: unknown): Date | undefined {
	const match = typeof name === 'string' ? RULE_NAME_PATTERN.exec(name) : null;
	return match ? new Date(match[1]) : undefined;
}

function rulePath(ruleType: RuleType, ruleId: string): string {
	return `${ruleType.rulePath}${apiPath`/${ruleId}`}`;
}

/**
 * The rule ClickSend creates: every inbound SMS (of `dedicatedNumber`, '*' = all) as JSON, or
 * every SMS delivery report (`match_type` 0), to `address`.
 */
function waitRuleBody(
	kind: WaitKind,
	name: string,
	dedicatedNumber: string,
	address: string,
): IDataObject {
	const body: IDataObject = { rule_name: name };
	if (kind === 'reply') {
		body.dedicated_number = dedicatedNumber;
		body.message_search_type = 0;
		body.message_search_term = null;
	} else {
		body.match_type = 0;
	}
	body.action = 'URL';
	body.action_address = address;
	body.enabled = 1;
	// Not in the spec's create schema (no additionalProperties: false); ClickSend's API reference documents it.
	if (kind === 'reply') body.webhook_type = 'json';
	return body;
}

export interface CreatedRule {
	ruleId: string;
	address: string;
}

/**
 * POST the rule, then PUT its final address, which names the rule's own id (the resuming delivery
 * deletes it). Replies are narrowed to the dedicated number the SMS comes from, when it is one.
 * If the PUT fails the rule is deleted again. Either failure is thrown: nothing was sent yet.
 */
export async function createWaitRule(
	this: ClickSendContext,
	kind: WaitKind,
	name: string,
	sender: string,
	addressFor: (ruleId?: string) => string,
): Promise<CreatedRule> {
	const ruleType = waitRuleType(kind);
	const dedicatedNumber = /^\+?\d+$/.test(sender) ? sender : '*';
	const body = waitRuleBody(kind, name, dedicatedNumber, addressFor());
	const created = await clickSendRequest.call(this, {
		method: 'POST',
		path: ruleType.rulePath,
		body,
	});
	const ruleId = ruleIdOf(ruleType, responseData(created));
	if (ruleId === undefined) {
		const error = new NodeOperationError(
			this.getNode(),
			'ClickSend created the automation rule but returned no rule id',
			{
				description:
					'Run the workflow again later. A rule left behind is removed by a later Send and Wait once its time limit has passed.',
			},
		);
		error.context.response = JSON.stringify(created).slice(0, 300);
		throw error;
	}
	const address = addressFor(ruleId);
	let failure: unknown;
	try {
		await clickSendRequest.call(this, {
			method: 'PUT',
			path: rulePath(ruleType, ruleId),
			// The same rule with its final address (the update schema takes no nulls).
			body: Object.fromEntries(
				Object.entries({ ...body, action_address: address }).filter(([, value]) => value !== null),
			),
		});
		return { ruleId, address };
	} catch (error) {
		failure = error;
	}
	await deleteWaitRule.call(this, kind, ruleId).catch(() => undefined);
	// Already the transport's NodeApiError.
	throw failure;
}

/** DELETE the rule: 'deleted', or 'gone' when ClickSend no longer has it (404). Other failures throw. */
export async function deleteWaitRule(
	this: ClickSendContext,
	kind: WaitKind,
	ruleId: string,
): Promise<'deleted' | 'gone'> {
	let failure: unknown;
	try {
		await clickSendRequest.call(this, {
			method: 'DELETE',
			path: rulePath(waitRuleType(kind), ruleId),
		});
		return 'deleted';
	} catch (error) {
		failure = error;
	}
	if (isNotFound(failure)) return 'gone';
	// Already the transport's NodeApiError.
	throw failure;
}

/**
 * Deletes every wait rule of the account (both kinds) whose limit has passed: those of timed-out,
 * stopped or deleted executions. (An answer that comes after the limit should not resume the wait
 * anyway: n8n resumes it as timed out, up to a minute late.) Best effort: a failure leaves the
 * rules for the next wait and never fails this one. Returns how many were deleted.
 */
export async function sweepExpiredWaitRules(
	this: ClickSendContext,
	now = Date.now(),
): Promise<number> {
	let deleted = 0;
	for (const kind of ['reply', 'delivery'] as WaitKind[]) {
		const ruleType = waitRuleType(kind);
		try {
			const rules = await clickSendAllPages.call(this, { path: ruleType.rulePath });
			for (const rule of rules) {
				const expiry = waitRuleExpiry(rule.rule_name);
				const ruleId = ruleIdOf(ruleType, rule);
				if (!expiry || !ruleId || expiry.getTime() > now) continue;
				if ((await deleteWaitRule.call(this, kind, ruleId)) === 'deleted') deleted++;
			}
		} catch {
			// Left for the next wait: see the function's comment.
		}
	}
	return deleted;
}
