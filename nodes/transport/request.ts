import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { connectionSettings, CREDENTIAL_TYPE, type ClickSendContext } from './credentials';
import {
	clickSendApiError,
	connectionError,
	readBody,
	retryAfterTooLongError,
	type ClickSendEnvelope,
	type ErrorContext,
} from './errors';
import {
	backoffMs,
	MAX_RETRIES,
	MAX_RETRY_AFTER_SECONDS,
	retryAfterMs,
	shouldRetryConnectionFailure,
	shouldRetryStatus,
	type ConnectionFailure,
} from './retry';

export interface ClickSendRequest {
	method: IHttpRequestMethods;
	/** Path below the API root, built with `apiPath` when it holds an ID, e.g. `/sms/send`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	/**
	 * Whether asking twice is harmless (see retry.ts). Default: every method but POST. Price
	 * checks and uploads are POSTs that send nothing: they pass `true`.
	 */
	idempotent?: boolean;
	/** The input item the request is for; errors carry it. */
	itemIndex?: number;
	/**
	 * `false` for the few endpoints that answer without ClickSend's envelope
	 * (`/own-numbers`, `/alpha-tags`): any JSON object is then a success.
	 */
	envelope?: boolean;
}

function failureOf(error: unknown, elapsedMs: number, timeoutMs: number): ConnectionFailure {
	let code: string | undefined;
	let message = '';
	for (
		let candidate = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined,
			depth = 0;
		candidate && depth < 4;
		depth++
	) {
		if (!code && typeof candidate.code === 'string') code = candidate.code;
		if (typeof candidate.message === 'string') message += ` ${candidate.message}`;
		candidate = candidate.cause as typeof candidate;
	}
	const timedOut =
		/timeout of \d+ms exceeded/i.test(message) ||
		(code === 'ECONNABORTED' && elapsedMs >= timeoutMs - 50);
	if (!code && /socket hang up/i.test(message)) code = 'ECONNRESET';
	return { code, timedOut };
}

/**
 * The one request path to ClickSend: every operation, dropdown and trigger calls this. Sends
 * through n8n's authenticated HTTP helper with the credential's timeout, retries as retry.ts
 * allows, and returns ClickSend's envelope only when it says SUCCESS. Anything else — an HTTP
 * error, a 200 that is not ClickSend's JSON envelope or carries another response_code, a
 * dropped, refused or silent connection — is thrown as a NodeApiError (see errors.ts).
 */
export async function clickSendRequest<T = unknown>(
	this: ClickSendContext,
	request: ClickSendRequest,
): Promise<ClickSendEnvelope<T>> {
	const { baseUrl, timeoutMs } = await connectionSettings.call(this);
	const node = this.getNode();
	const idempotent = request.idempotent ?? request.method !== 'POST';
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${baseUrl}${request.path}`,
		headers: { Accept: 'application/json' },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: timeoutMs,
	};
	if (request.qs && Object.keys(request.qs).length) options.qs = request.qs;
	if (request.body !== undefined) options.body = request.body;
	const context: ErrorContext = {
		itemIndex: request.itemIndex,
		request: `${request.method} ${request.path}`,
		credentialName: node.credentials?.[CREDENTIAL_TYPE]?.name,
	};
	const host = new URL(baseUrl).host;

	for (let attempt = 1; ; attempt++) {
		const startedAt = Date.now();
		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				options,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			const failure = failureOf(error, Date.now() - startedAt, timeoutMs);
			if (attempt <= MAX_RETRIES && shouldRetryConnectionFailure(idempotent, failure)) {
				await sleep(backoffMs(attempt));
				continue;
			}
			throw connectionError(node, failure, { idempotent, timeoutMs, host }, context);
		}

		const answer = { statusCode: response.statusCode, body: response.body };
		const read = readBody(response.body);
		if (response.statusCode < 300) {
			// 204 No Content (DELETE /senders/default-senders/{id}): nothing to read.
			if (request.envelope === false && response.statusCode === 204)
				return {} as ClickSendEnvelope<T>;
			if (read.kind === 'envelope' && read.envelope.response_code === 'SUCCESS')
				return read.envelope as ClickSendEnvelope<T>;
			if (
				request.envelope === false &&
				read.kind === 'json' &&
				read.value &&
				typeof read.value === 'object'
			) {
				return read.value as ClickSendEnvelope<T>;
			}
			throw clickSendApiError(node, answer, context);
		}
		if (attempt <= MAX_RETRIES && shouldRetryStatus(idempotent, response.statusCode)) {
			const asked = retryAfterMs(
				response.headers?.['retry-after'] as string | string[] | undefined,
			);
			if (asked !== undefined && asked > MAX_RETRY_AFTER_SECONDS * 1000) {
				throw retryAfterTooLongError(node, answer, asked, context);
			}
			await sleep(asked ?? backoffMs(attempt));
			continue;
		}
		throw clickSendApiError(node, answer, context);
	}
}
