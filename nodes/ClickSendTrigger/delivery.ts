import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { getTriggerEvent } from '../ClickSendEvents/events';
import { eventItem } from '../ClickSendEvents/output';
import { firstDelivery } from './dedupe';
import { TOKEN_PARAM, type TriggerStaticData } from './webhook';

/**
 * One delivery from ClickSend. In this order: the secret (401), the size (413), the body (400);
 * each refusal starts no run. An accepted delivery is answered with DELIVERY_ACK, whether it
 * starts a run, is a redelivery, or carries no event (a reachability check). webhook() only
 * reads static data: it never writes to it.
 */

/** The body of every accepted delivery's answer (HTTP 200). */
export const DELIVERY_ACK: Readonly<IDataObject> = Object.freeze({ received: true });

/**
 * Largest delivery accepted, in bytes. ClickSend's events are a few hundred bytes (a long
 * inbound SMS some kilobytes; faxes come as a file URL, not inline); n8n itself reads up to
 * N8N_PAYLOAD_SIZE_MAX (16 MB) before the node sees a request.
 */
export const MAX_DELIVERY_BYTES = 256 * 1024;

/** Keys never copied from a delivery into an item. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a delivery is refused: the HTTP status and the message answered. */
export class DeliveryRefusal {
	constructor(
		readonly status: number,
		readonly message: string,
	) {}
}

/** Constant-time string comparison (the secret must not leak through timing). */
function sameSecret(expected: string, given: string): boolean {
	let difference = expected.length ^ given.length;
	for (let index = 0; index < expected.length; index++) {
		difference |= expected.charCodeAt(index) ^ given.charCodeAt(index % Math.max(given.length, 1));
	}
	return difference === 0;
}

/**
 * The secret of the activation this delivery belongs to: the one query parameter `token` must
 * equal a secret written by activation. A repeated `token`, one in the body, or none: undefined.
 */
function activationOf(context: IWebhookFunctions, query: IDataObject): string | undefined {
	const token = query[TOKEN_PARAM];
	if (typeof token !== 'string' || !token) return undefined;
	const rules = (context.getWorkflowStaticData('node') as TriggerStaticData).rules ?? {};
	let match: string | undefined;
	for (const record of Object.values(rules)) {
		if (typeof record?.secret === 'string' && sameSecret(record.secret, token))
			match = record.secret;
	}
	return match;
}

function byteLength(value: unknown): number {
	if (value === undefined || value === null) return 0;
	if (Buffer.isBuffer(value)) return value.length;
	return Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Copies fields, without our token and unsafe keys; a repeated key (an array of values) keeps the last value. */
function copyFields(target: IDataObject, source: IDataObject): void {
	for (const [key, value] of Object.entries(source)) {
		if (key === TOKEN_PARAM || UNSAFE_KEYS.has(key)) continue;
		target[key] =
			Array.isArray(value) && value.every((entry) => typeof entry !== 'object')
				? value[value.length - 1]
				: value;
	}
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** A body n8n left as text (text/plain, an unknown content type): a JSON object or form fields. */
function parseText(text: string): IDataObject | DeliveryRefusal {
	const trimmed = text.trim();
	if (!trimmed) return {};
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		const parsed = parseJson(trimmed);
		if (parsed === undefined)
			return new DeliveryRefusal(400, 'Bad request: the body is not valid JSON');
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			return new DeliveryRefusal(400, 'Bad request: a ClickSend event is a JSON object');
		}
		return parsed as IDataObject;
	}
	if (!/^[^=&\s]+=/.test(trimmed))
		return new DeliveryRefusal(400, 'Bad request: the body is neither JSON nor form fields');
	const fields: IDataObject = {};
	for (const [key, value] of new URLSearchParams(trimmed)) fields[key] = value;
	return fields;
}

/** What readEvent needs of n8n's request: the bytes it read and the headers. */
export interface DeliveryRequest {
	rawBody?: unknown;
	headers?: Record<string, unknown>;
}

/**
 * The delivered event as one flat object: query fields, then the body (JSON object, form fields,
 * or either as text n8n did not parse); a DeliveryRefusal for an oversized or malformed body.
 */
export function readEvent(
	request: DeliveryRequest,
	query: IDataObject,
	body: unknown,
): IDataObject | DeliveryRefusal {
	const declared = Number(request.headers?.['content-length']);
	const size = Math.max(
		byteLength(request.rawBody),
		Number.isFinite(declared) ? declared : 0,
		byteLength(body),
	);
	if (size > MAX_DELIVERY_BYTES) {
		return new DeliveryRefusal(
			413,
			`Payload too large: ${size} bytes; this trigger accepts ClickSend events of up to ${MAX_DELIVERY_BYTES} bytes`,
		);
	}
	let fields: IDataObject | DeliveryRefusal;
	const isEmptyObject =
		!!body && typeof body === 'object' && !Array.isArray(body) && !Object.keys(body).length;
	if (typeof body === 'string') fields = parseText(body);
	else if ((body === undefined || body === null || isEmptyObject) && byteLength(request.rawBody))
		fields = parseText(String(request.rawBody));
	else if (body === undefined || body === null) fields = {};
	else if (typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body))
		fields = body as IDataObject;
	else
		fields = new DeliveryRefusal(
			400,
			'Bad request: a ClickSend event is a JSON object or form fields',
		);
	if (fields instanceof DeliveryRefusal) return fields;

	const event: IDataObject = {};
	copyFields(event, query);
	copyFields(event, fields);
	return event;
}

function refuse(context: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	context.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

/** ClickSend Trigger's webhook(): check, read, drop redeliveries, output the event. */
export async function handleDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const query = (this.getQueryData() ?? {}) as IDataObject;
	const activation = activationOf(this, query);
	if (!activation)
		return refuse(this, 401, 'Unauthorized: missing or wrong token for this ClickSend Trigger');

	const payload = readEvent(this.getRequestObject() as DeliveryRequest, query, this.getBodyData());
	if (payload instanceof DeliveryRefusal) return refuse(this, payload.status, payload.message);
	// A reachability check with no event in it: answer, start nothing.
	if (!Object.keys(payload).length) return { webhookResponse: { ...DELIVERY_ACK } };

	const item = eventItem(getTriggerEvent(this.getNodeParameter('event') as string), payload);
	if (!firstDelivery(activation, item.eventId as string, Math.floor(Date.now() / 1000))) {
		return { webhookResponse: { ...DELIVERY_ACK } };
	}
	// With responseMode onReceived and responseData '' (ClickSendTrigger.node.ts), n8n answers a
	// delivery that starts a run with this webhookResponse.
	return { workflowData: [[{ json: item }]], webhookResponse: { ...DELIVERY_ACK } };
}
