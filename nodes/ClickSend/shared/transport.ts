import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { clickSendApiError, type ClickSendEnvelope } from './errors';
import {
	MAX_RETRIES,
	retryDelayMs,
	shouldRetryNetworkError,
	shouldRetryStatus,
	type RequestKind,
} from './retry';

export const CREDENTIAL_TYPE = 'clickSendRestApi';

export const DEFAULT_BASE_URL = 'https://rest.clicksend.com/v3';

/** Page size for Return All: the largest ClickSend allows. */
export const PAGE_SIZE = 100;

export type ClickSendContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| IWebhookFunctions;

export interface ClickSendRequest {
	method: IHttpRequestMethods;
	/** Path below the API root, e.g. `/sms/send`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	/** Defaults to `read` for GET and `send` for everything else (see retry.ts). */
	kind?: RequestKind;
	itemIndex?: number;
}

/** One ClickSend page as returned under `data` by list endpoints. */
export interface ClickSendPage<T = IDataObject> {
	total?: number;
	per_page?: number;
	current_page?: number;
	last_page?: number;
	next_page_url?: string | null;
	data?: T[];
}

export async function getBaseUrl(this: ClickSendContext): Promise<string> {
	const credentials = await this.getCredentials<{ baseUrl?: string }>(CREDENTIAL_TYPE);
	return (credentials.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

function networkErrorCode(error: unknown): string | undefined {
	const candidates = [error, (error as { cause?: unknown })?.cause];
	for (const candidate of candidates) {
		const code = (candidate as { code?: unknown })?.code;
		if (typeof code === 'string') return code;
	}
	return undefined;
}

/**
 * Sends one request to ClickSend through n8n's authenticated HTTP helper and returns the whole
 * envelope (`{http_code, response_code, response_msg, data}`). Retries as retry.ts allows;
 * a final failure is a NodeApiError carrying ClickSend's response_code.
 */
export async function clickSendRequest<T = IDataObject>(
	this: ClickSendContext,
	request: ClickSendRequest,
): Promise<ClickSendEnvelope<T>> {
	const baseUrl = await getBaseUrl.call(this);
	const kind = request.kind ?? (request.method === 'GET' ? 'read' : 'send');
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${baseUrl}${request.path}`,
		qs: request.qs,
		body: request.body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	if (request.body === undefined) delete options.body;

	for (let attempt = 1; ; attempt++) {
		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				options,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			if (attempt <= MAX_RETRIES && shouldRetryNetworkError(kind, networkErrorCode(error))) {
				await sleep(retryDelayMs(attempt, undefined) ?? 0);
				continue;
			}
			throw error instanceof NodeApiError ? error : new NodeApiError(this.getNode(), error as JsonObject);
		}
		const { statusCode } = response;
		if (statusCode < 400) return response.body as ClickSendEnvelope<T>;
		const delay = retryDelayMs(attempt, response.headers?.['retry-after'] as string | undefined);
		if (attempt <= MAX_RETRIES && shouldRetryStatus(kind, statusCode) && delay !== undefined) {
			await sleep(delay);
			continue;
		}
		throw clickSendApiError(this.getNode(), statusCode, response.body, request.itemIndex);
	}
}

/**
 * Walks a paginated list endpoint with pages of 100 and returns the rows, stopping at the last
 * page or once `limit` rows are collected (undefined = all).
 */
export async function clickSendRequestAllPages<T = IDataObject>(
	this: ClickSendContext,
	request: Omit<ClickSendRequest, 'method'> & { method?: IHttpRequestMethods },
	limit?: number,
): Promise<T[]> {
	const rows: T[] = [];
	for (let page = 1; ; page++) {
		const envelope = await clickSendRequest.call<ClickSendContext, [ClickSendRequest], Promise<ClickSendEnvelope<ClickSendPage<T>>>>(this, {
			...request,
			method: request.method ?? 'GET',
			qs: { ...request.qs, page, limit: PAGE_SIZE },
		});
		const pageData = envelope.data ?? {};
		rows.push(...(pageData.data ?? []));
		if (limit !== undefined && rows.length >= limit) return rows.slice(0, limit);
		const lastPage = pageData.last_page ?? page;
		if (page >= lastPage || !(pageData.data ?? []).length) return rows;
	}
}
