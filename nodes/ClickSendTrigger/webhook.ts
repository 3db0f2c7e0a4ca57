import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError, randomString } from 'n8n-workflow';

import { responseData } from '../transport/envelope';
import { isNotFound } from '../transport/errors';
import { apiPath } from '../transport/path';
import { clickSendRequest } from '../transport/request';
import { ruleIdOf } from '../transport/automationRules';
import { getTriggerEvent, type TriggerEvent } from '../ClickSendEvents/events';
import { ruleBody, ruleFilters, ruleName } from '../ClickSendEvents/rules';

/**
 * The ClickSend Trigger's webhook lifecycle (n8n's checkExists / create / delete): one URL rule
 * per webhook URL (production and test URLs differ), registered with a fresh secret.
 */

/** Query parameter that carries the per-activation secret in the registered webhook URL. */
export const TOKEN_PARAM = 'token';

/** What the node keeps in its static data about one registered ClickSend rule. */
export interface RuleRecord {
	ruleId: string;
	/** e.g. `/automations/sms/inbound` */
	rulePath: string;
	/** The registered action_address: webhook URL + `?token=<secret>`. */
	address: string;
	secret: string;
	/** The rule's settings apart from the address: a change means the rule must be re-created. */
	signature: string;
}

/** The node's static data, written by activation and deactivation only (never by webhook()). */
export interface TriggerStaticData extends IDataObject {
	rules?: Record<string, RuleRecord>;
}

const SECRET_LENGTH = 32;

/** The rule this activation needs: its event, its body without the address, and its signature. */
function desiredRule(context: IHookFunctions): {
	event: TriggerEvent;
	body: IDataObject;
	signature: string;
} {
	const event = getTriggerEvent(context.getNodeParameter('event') as string);
	const body = ruleBody(event, ruleName(context, 'webhook'), ruleFilters(context, event), {
		action: 'URL',
		address: '',
	});
	delete body.action_address;
	return { event, body, signature: JSON.stringify({ path: event.rulePath, ...body }) };
}

function webhookUrl(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url)
		throw new NodeOperationError(context.getNode(), 'n8n gave no webhook URL for this node');
	return url;
}

function rulesOf(staticData: TriggerStaticData): Record<string, RuleRecord> {
	staticData.rules ??= {};
	return staticData.rules;
}

/**
 * One request to a rule (`GET`/`DELETE ${rulePath}/{id}`, retried like a read: deleting one rule
 * twice does nothing more). Undefined when ClickSend answers 404 (the rule is gone); any other
 * failure is thrown as the transport's NodeApiError.
 */
async function ruleRequest(
	context: IHookFunctions,
	method: 'GET' | 'DELETE',
	record: RuleRecord,
): Promise<IDataObject | undefined> {
	let failure: unknown;
	try {
		const envelope = await clickSendRequest.call(context, {
			method,
			path: `${record.rulePath}${apiPath`/${record.ruleId}`}`,
		});
		return responseData(envelope);
	} catch (error) {
		failure = error;
	}
	if (isNotFound(failure)) return undefined;
	// Already the transport's NodeApiError.
	throw failure;
}

/** ClickSend may hand the URL back percent-encoded differently or with a trailing slash. */
function sameAddress(stored: unknown, ours: string): boolean {
	const normalise = (value: string) => {
		let text = value.trim();
		try {
			text = decodeURIComponent(text);
		} catch {
			// keep as is
		}
		return text.replace(/\/+(\?|$)/, '$1');
	};
	return typeof stored === 'string' && normalise(stored) === normalise(ours);
}

/** n8n asks: is our rule still registered at ClickSend, unchanged, pointing at this URL? */
export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node') as TriggerStaticData;
	const record = rulesOf(staticData)[webhookUrl(this)];
	if (!record) return false;
	if (record.signature !== desiredRule(this).signature) return false;
	const rule = await ruleRequest(this, 'GET', record);
	if (!rule) return false;
	return (
		sameAddress(rule.action_address, record.address) &&
		String(rule.action ?? '').toUpperCase() === 'URL' &&
		Number(rule.enabled ?? 1) !== 0
	);
}

/** n8n asks: create the rule. Registers URL + a fresh secret and keeps the rule id. */
export async function create(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node') as TriggerStaticData;
	const rules = rulesOf(staticData);
	const url = webhookUrl(this);
	// A rule we registered earlier for this URL that no longer fits (changed, disabled,
	// repointed): remove it so that ClickSend doesn't deliver twice.
	const stale = rules[url];
	if (stale) {
		await ruleRequest(this, 'DELETE', stale);
		delete rules[url];
	}

	const { event, body, signature } = desiredRule(this);
	const secret = randomString(SECRET_LENGTH);
	const address = `${url}${url.includes('?') ? '&' : '?'}${TOKEN_PARAM}=${secret}`;
	// A POST that creates: the transport never repeats it after a 5xx or a dropped connection.
	const response = await clickSendRequest.call(this, {
		method: 'POST',
		path: event.rulePath,
		body: { ...body, action_address: address },
	});
	const ruleId = ruleIdOf(event, responseData(response));
	if (ruleId === undefined) {
		throw new NodeOperationError(
			this.getNode(),
			'ClickSend created the automation rule but returned no rule id',
			{
				description: `Response: ${JSON.stringify(response).slice(0, 300)}`,
			},
		);
	}
	rules[url] = { ruleId, rulePath: event.rulePath, address, secret, signature };
	return true;
}

/** n8n asks: remove the rule. A failure is reported (thrown); 404 = already gone = fine. */
export async function remove(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node') as TriggerStaticData;
	const rules = rulesOf(staticData);
	const url = webhookUrl(this);
	const record = rules[url];
	if (!record) return true;
	await ruleRequest(this, 'DELETE', record);
	delete rules[url];
	return true;
}
