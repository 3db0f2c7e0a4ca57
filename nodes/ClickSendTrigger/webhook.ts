import type {
	IDataObject,
	IHookFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, randomString } from 'n8n-workflow';

import { clickSendRequest } from '../ClickSend/shared/transport';
import { rememberDelivery } from './dedupe';
import { getTriggerEvent, type RuleFilters, type TriggerEvent } from './events';
import { dedupeKey, deliveryPayload, normaliseEvent, TOKEN_PARAM } from './normalise';

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

/** The node's static data: one rule per webhook URL (production and test URLs differ). */
export interface TriggerStaticData extends IDataObject {
	rules?: Record<string, RuleRecord>;
	seen?: IDataObject;
}

const SECRET_LENGTH = 32;
const RULE_NAME_MAX = 100;

function ruleFilters(context: IHookFunctions | IWebhookFunctions): RuleFilters {
	const event = context.getNodeParameter('event') as string;
	const hasNumber = event === 'inboundSms' || event === 'inboundFax';
	const hasSearch = event === 'inboundSms';
	return {
		dedicatedNumber: hasNumber ? (context.getNodeParameter('dedicatedNumber', '*') as string) : '*',
		messageSearchType: hasSearch ? Number(context.getNodeParameter('messageSearchType', 0)) : 0,
		messageSearchTerm: hasSearch ? (context.getNodeParameter('messageSearchTerm', '') as string) : '',
	};
}

function ruleName(context: IHookFunctions): string {
	const name = `n8n: ${context.getWorkflow().name ?? context.getWorkflow().id ?? 'workflow'} (${context.getNode().name})`;
	return name.length > RULE_NAME_MAX ? `${name.slice(0, RULE_NAME_MAX - 1)}…` : name;
}

/** The rule this activation needs: where it goes and its body without the address. */
function desiredRule(context: IHookFunctions): { event: TriggerEvent; body: IDataObject; signature: string } {
	const event = getTriggerEvent(context.getNodeParameter('event') as string);
	const body = event.ruleBody(ruleName(context), ruleFilters(context));
	return { event, body, signature: JSON.stringify({ path: event.rulePath, ...body }) };
}

function webhookUrl(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(context.getNode(), 'n8n gave no webhook URL for this node');
	return url;
}

function rulesOf(staticData: TriggerStaticData): Record<string, RuleRecord> {
	staticData.rules ??= {};
	return staticData.rules;
}

export function isNotFound(error: unknown): boolean {
	return error instanceof NodeApiError && String(error.httpCode) === '404';
}

/**
 * One request to a rule (`GET`/`DELETE ${rulePath}/{id}`). Undefined when ClickSend answers 404
 * (the rule is gone); any other failure is thrown as the NodeApiError the transport made.
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
			path: `${record.rulePath}/${encodeURIComponent(record.ruleId)}`,
			// DELETE of one rule is idempotent: safe to retry like a read.
			kind: 'read',
		});
		return (envelope.data && typeof envelope.data === 'object' ? envelope.data : {}) as IDataObject;
	} catch (error) {
		failure = error;
	}
	if (isNotFound(failure)) return undefined;
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
	const response = await clickSendRequest.call(this, {
		method: 'POST',
		path: event.rulePath,
		body: { ...body, action_address: address },
	});
	const data = (response.data ?? {}) as IDataObject;
	const ruleId = data[event.ruleIdField] ?? data.rule_id ?? data.receipt_rule_id ?? data.inbound_rule_id;
	if (ruleId === undefined || ruleId === null || ruleId === '') {
		throw new NodeOperationError(this.getNode(), 'ClickSend created the automation rule but returned no rule id', {
			description: `Response: ${JSON.stringify(response).slice(0, 300)}`,
		});
	}
	rules[url] = { ruleId: String(ruleId), rulePath: event.rulePath, address, secret, signature };
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

/** Constant-time string comparison (the secret must not leak through timing). */
function sameSecret(expected: string, given: string): boolean {
	let difference = expected.length ^ given.length;
	for (let index = 0; index < expected.length; index++) {
		difference |= expected.charCodeAt(index) ^ given.charCodeAt(index % Math.max(given.length, 1));
	}
	return difference === 0;
}

function givenToken(query: IDataObject): string {
	const token = query[TOKEN_PARAM];
	if (Array.isArray(token)) return String(token[token.length - 1] ?? '');
	return typeof token === 'string' ? token : '';
}

/** One delivery from ClickSend: check the secret, drop redeliveries, output the event. */
export async function handleDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const staticData = this.getWorkflowStaticData('node') as TriggerStaticData;
	const query = (this.getQueryData() ?? {}) as IDataObject;
	const token = givenToken(query);
	const secrets = Object.values(staticData.rules ?? {}).map((record) => record.secret);
	if (!token || !secrets.some((secret) => sameSecret(secret, token))) {
		const res = this.getResponseObject();
		res.status(401).json({ message: 'Unauthorized: missing or wrong token for this ClickSend Trigger' });
		return { noWebhookResponse: true };
	}

	const payload = deliveryPayload(query, this.getBodyData());
	if (Object.keys(payload).length === 0) {
		// A reachability check with no event in it: answer, start nothing.
		return { webhookResponse: { received: true, event: null } };
	}
	const event = getTriggerEvent(this.getNodeParameter('event') as string);
	const key = dedupeKey(event, payload);
	if (key && !rememberDelivery(token, staticData, key, Math.floor(Date.now() / 1000))) {
		return { webhookResponse: { received: true, duplicate: true } };
	}
	return { workflowData: [[{ json: normaliseEvent(event, payload) }]] };
}
