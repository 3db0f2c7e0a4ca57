import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { clickSendApiError } from './errors';
import { MAX_RETRIES, retryDelayMs, shouldRetryStatus } from './retry';
import { CREDENTIAL_TYPE, PAGE_SIZE } from './transport';

/**
 * Declarative operations: n8n's RoutingNode makes the request, these helpers give every
 * operation ClickSend's error messages, read retries and pagination.
 *
 * requestDefaults sets `ignoreHttpStatusErrors`, so an error answer reaches postReceive, where
 * `checkResponse` (always the first postReceive action) retries reads or throws a NodeApiError
 * with ClickSend's response_code. It needs the request to retry it: `rememberRequest` (preSend)
 * keeps it, keyed by the per-item context object that n8n passes to both hooks.
 */
const requestsByItemContext = new WeakMap<object, IHttpRequestOptions>();

export async function rememberRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	requestsByItemContext.set(this, requestOptions);
	return requestOptions;
}

export async function checkResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode < 400) return items;
	const request = requestsByItemContext.get(this);
	const kind = (request?.method ?? 'GET') === 'GET' ? 'read' : 'send';
	for (let attempt = 1; response.statusCode >= 400; attempt++) {
		const delay = retryDelayMs(attempt, response.headers?.['retry-after'] as string | undefined);
		if (!request || attempt > MAX_RETRIES || delay === undefined || !shouldRetryStatus(kind, response.statusCode)) {
			throw clickSendApiError(this.getNode(), response.statusCode, response.body, this.getItemIndex());
		}
		await sleep(delay);
		const retried = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
			...request,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as IN8nHttpFullResponse;
		// Update in place: declarative pagination reads `$response` from this same object.
		Object.assign(response, retried);
	}
	return [{ json: response.body as IDataObject }];
}

/** Output the envelope's `data` object (one item). */
export async function unwrapData(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const pairedItem = { item: this.getItemIndex() };
	return items.map((item) => ({ json: ((item.json as IDataObject).data ?? {}) as IDataObject, pairedItem }));
}

/** Output one item per row of a paginated list (`data.data[]`). */
export async function unwrapRows(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	// n8n pairs declarative output with input only when the counts match; a list answer
	// has many rows per input item, so pair each row with the item that asked for it.
	const pairedItem = { item: this.getItemIndex() };
	return items.flatMap((item) => {
		const data = (item.json as IDataObject).data as IDataObject | undefined;
		const rows = (data?.data ?? []) as IDataObject[];
		return rows.map((row) => ({ json: row, pairedItem }));
	});
}

/** Output `{ deleted: true }` (plus the id the user gave, when given) for a delete. */
export function deletedResult(idParameter?: string) {
	return async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
		const json: IDataObject = { deleted: true };
		if (idParameter) json[idParameter] = this.getNodeParameter(idParameter, undefined, { extractValue: true }) as IDataObject;
		return [{ json, pairedItem: { item: this.getItemIndex() } }];
	};
}

type PostReceive = NonNullable<NonNullable<INodePropertyRouting['output']>['postReceive']>;

export interface OperationRequest {
	method: IHttpRequestMethods;
	/** Path below the API root; may be an expression, e.g. `=/sms/templates/{{$parameter.templateId}}`. */
	url: string;
	/** Extra postReceive actions after the error check; default unwraps `data`. */
	output?: PostReceive;
	/** Extra request fields (qs, body) fixed for this operation. */
	qs?: IDataObject;
	body?: IDataObject;
}

/** The routing of one declarative operation option: request + error check + output shape. */
export function operationRouting(request: OperationRequest): INodePropertyRouting {
	return {
		request: {
			method: request.method,
			url: request.url,
			...(request.qs ? { qs: request.qs } : {}),
			...(request.body ? { body: request.body } : {}),
		},
		send: { preSend: [rememberRequest] },
		output: { postReceive: [checkResponse, ...(request.output ?? [unwrapData])] },
	};
}

/**
 * Routing of a paginated list operation: pages of 100 for Return All, otherwise pages just big
 * enough (ClickSend's minimum page is 15) until Limit rows are in; one row per item.
 * Use with `listFields()`.
 */
export function listOperationRouting(request: Omit<OperationRequest, 'output'> & { output?: PostReceive }): INodePropertyRouting {
	const routing = operationRouting({ ...request, output: [unwrapRows, ...(request.output ?? [])] });
	return {
		...routing,
		send: { ...routing.send, paginate: true },
		operations: {
			pagination: {
				type: 'generic',
				properties: {
					continue:
						'={{ !!$response.body?.data && $response.body.data.current_page < $response.body.data.last_page && ($parameter.returnAll || $response.body.data.to < $parameter.limit) }}',
					request: {
						// One expression for the whole query: n8n replaces `qs` with what this returns,
						// so the operation's own query (filters, date ranges) is carried into every page.
						qs: `={{ Object.assign({}, $request.qs, { page: ($response.body?.data?.current_page ?? 0) + 1, limit: $parameter.returnAll ? ${PAGE_SIZE} : Math.min(${PAGE_SIZE}, Math.max(15, $parameter.limit)) }) }}` as unknown as IDataObject,
					},
				},
			},
		},
	};
}

/** Return All + Limit fields for a list operation, shown for that resource and operation. */
export function listFields(resource: string, operation: string): INodeProperties[] {
	const displayOptions = { show: { resource: [resource], operation: [operation] } };
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions,
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...displayOptions.show, returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			routing: { output: { maxResults: '={{$value}}' } },
		},
	];
}
