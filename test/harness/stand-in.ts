/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test harness code, never shipped in the package */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { parse as parseQueryString } from 'querystring';
import { createInstance, getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { sleep } from 'n8n-workflow';

import { openApiSpecPath } from './spec';

/**
 * The ClickSend stand-in: an HTTP server on 127.0.0.1 that checks every request against
 * ClickSend's official OpenAPI spec with Stoplight Prism, then answers it with the test's
 * scripted answer or, by default, with the spec's own example response.
 *
 * A request that breaks the spec is answered 422 with Prism's reasons and recorded in
 * `contractViolations`; `expectNoContractViolations()` (called after each test) fails the test.
 */

export interface RecordedRequest {
	method: string;
	/** Path below the API root, e.g. `/sms/send` (no `/v3`). */
	path: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
	rawBody: string;
	/** API username from the Basic auth header, when present. */
	username?: string;
}

export interface ScriptedResponse {
	status: number;
	/** Sent as JSON. */
	body?: unknown;
	/** Sent exactly as given instead of `body` (an HTML page, malformed JSON, an empty body). */
	raw?: string;
	headers?: Record<string, string>;
	/** Fault: close the connection without answering (the client sees ECONNRESET / socket hang up). */
	drop?: boolean;
	/** Fault: accept the request and never answer (the client's timeout must end it). */
	hang?: boolean;
}

/** Faults a test can script with `on(...)`. */
export const FAULTS = {
	drop: { status: 0, drop: true } as ScriptedResponse,
	hang: { status: 0, hang: true } as ScriptedResponse,
	html: (status: number, title = `${status} Bad Gateway`): ScriptedResponse => ({
		status,
		headers: { 'content-type': 'text/html' },
		raw: `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${'x'.repeat(2000)}</p></body></html>`,
	}),
	raw: (status: number, raw: string, contentType = 'application/json'): ScriptedResponse => ({
		status,
		raw,
		headers: { 'content-type': contentType },
	}),
};

export type Responder = (
	request: RecordedRequest,
) => ScriptedResponse | undefined | Promise<ScriptedResponse | undefined>;

export interface ContractViolation {
	request: string;
	violations: unknown;
}

interface Route {
	method: string;
	path: string | RegExp;
	respond: Responder;
	/** How many more times this route answers; undefined = always. */
	remaining?: number;
}

type PrismInstance = ReturnType<typeof createInstance>;
type PrismOperations = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>;

const silentLogger = (() => {
	const noop = () => undefined;
	const logger: Record<string, unknown> = {};
	for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'success', 'log'])
		logger[level] = noop;
	logger.child = () => logger;
	return logger;
})();

let operationsPromise: Promise<PrismOperations> | undefined;

/** Loads and dereferences the spec once per test process (about a second). */
export function specOperations(): Promise<PrismOperations> {
	operationsPromise ??= getHttpOperationsFromSpec(openApiSpecPath());
	return operationsPromise;
}

function envelope(status: number, responseCode: string, message: string, data: unknown = null) {
	return { http_code: status, response_code: responseCode, response_msg: message, data };
}

export const API_PREFIX = '/v3';

export class ClickSendStandIn {
	readonly requests: RecordedRequest[] = [];

	readonly contractViolations: ContractViolation[] = [];

	/** Violations of requests allowed by `tolerateContractViolation` (ClickSend's API reference vs the spec), with the reason. */
	readonly toleratedViolations: Array<ContractViolation & { reason: string }> = [];

	private routes: Route[] = [];

	private tolerated: Array<{ method: string; path: string | RegExp; reason: string }> = [];

	private validCredentials?: { username: string; apiKey: string };

	/** Added before every answer, like the network distance to ClickSend (benchmarks). */
	latencyMs = 0;

	private constructor(
		private readonly server: Server,
		private readonly prism: PrismInstance,
		private readonly operations: PrismOperations,
		/** Origin, e.g. http://127.0.0.1:41234 */
		readonly origin: string,
	) {}

	/** Base URL to put in the credential, e.g. http://127.0.0.1:41234/v3 */
	get baseUrl(): string {
		return `${this.origin}${API_PREFIX}`;
	}

	static async start(port = 0): Promise<ClickSendStandIn> {
		const operations = await specOperations();
		const prism = createInstance(
			{
				mock: { dynamic: false },
				validateRequest: true,
				validateResponse: false,
				checkSecurity: true,
				errors: false,
				upstreamProxy: undefined,
				isProxy: false,
			},
			{ logger: silentLogger as never },
		);
		const holder: { standIn?: ClickSendStandIn } = {};
		const server = createServer((req, res) => {
			void holder.standIn!.handle(req, res);
		});
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		const { port: actualPort } = server.address() as AddressInfo;
		holder.standIn = new ClickSendStandIn(
			server,
			prism,
			operations,
			`http://127.0.0.1:${actualPort}`,
		);
		return holder.standIn;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections?.();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	/** Forget recorded requests, violations, scripted routes and credential checks. */
	reset(): void {
		this.requests.length = 0;
		this.contractViolations.length = 0;
		this.toleratedViolations.length = 0;
		this.tolerated = [];
		this.routes = [];
		this.validCredentials = undefined;
	}

	/**
	 * Script an answer for `method path` (path below /v3; a string matches exactly, a RegExp
	 * tests it). Later routes win over earlier ones. `times` limits how often it answers.
	 */
	on(
		method: string,
		path: string | RegExp,
		answer: ScriptedResponse | Responder,
		times?: number,
	): this {
		const respond: Responder = typeof answer === 'function' ? answer : () => answer;
		this.routes.unshift({ method: method.toUpperCase(), path, respond, remaining: times });
		return this;
	}

	/**
	 * Where ClickSend's API reference and its OpenAPI spec disagree and the node follows the
	 * docs: requests to `method path` that break the spec are recorded in `toleratedViolations`
	 * (not `contractViolations`) and answered by a scripted route (`on`), which the test must set.
	 */
	tolerateContractViolation(method: string, path: string | RegExp, reason: string): this {
		this.tolerated.push({ method: method.toUpperCase(), path, reason });
		return this;
	}

	/** Answer 401 INVALID_CREDENTIALS (as ClickSend does) unless these credentials are used. */
	requireCredentials(username: string, apiKey: string): this {
		this.validCredentials = { username, apiKey };
		return this;
	}

	/** Requests made to `method path` (exact path or RegExp), in order. */
	requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
		return this.requests.filter(
			(request) => request.method === method.toUpperCase() && matches(path, request.path),
		);
	}

	expectNoContractViolations(): void {
		if (this.contractViolations.length) {
			throw new Error(
				`Requests broke ClickSend's OpenAPI contract:\n${JSON.stringify(this.contractViolations, null, 2)}`,
			);
		}
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		try {
			const request = await readRequest(req);
			const answer = await this.answer(request);
			if (this.latencyMs > 0) await sleep(this.latencyMs);
			if (answer.drop) {
				req.socket.destroy();
				return;
			}
			if (answer.hang) return;
			res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
			res.end(answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
		} catch (error) {
			res.writeHead(500, { 'content-type': 'application/json' });
			res.end(JSON.stringify(envelope(500, 'STAND_IN_ERROR', String(error))));
		}
	}

	private async answer(request: RecordedRequest): Promise<ScriptedResponse> {
		if (!request.path.startsWith('/')) {
			return { status: 404, body: envelope(404, 'NOT_FOUND', 'Not under /v3') };
		}
		this.requests.push(request);

		const check = await this.prismCheck(request);
		const tolerated = this.tolerated.find(
			(entry) => entry.method === request.method && matches(entry.path, request.path),
		);
		if (check.violations && tolerated) {
			this.toleratedViolations.push({
				request: `${request.method} ${request.path}`,
				violations: check.violations,
				reason: tolerated.reason,
			});
		} else if (check.violations) {
			this.contractViolations.push({
				request: `${request.method} ${request.path}`,
				violations: check.violations,
			});
			return {
				status: 422,
				body: envelope(
					422,
					'CONTRACT_VIOLATION',
					'Request breaks the ClickSend OpenAPI spec',
					check.violations,
				),
			};
		}

		if (this.validCredentials) {
			const expected = `Basic ${Buffer.from(`${this.validCredentials.username}:${this.validCredentials.apiKey}`).toString('base64')}`;
			if (request.headers.authorization !== expected) {
				return { status: 401, body: envelope(401, 'INVALID_CREDENTIALS', 'Invalid credentials.') };
			}
		}

		for (const route of this.routes) {
			if (route.method !== request.method || !matches(route.path, request.path)) continue;
			if (route.remaining !== undefined && route.remaining <= 0) continue;
			const scripted = await route.respond(request);
			if (!scripted) continue;
			if (route.remaining !== undefined) route.remaining--;
			return scripted;
		}
		if (!check.mock) {
			return {
				status: 500,
				body: envelope(500, 'STAND_IN_ERROR', 'A tolerated request needs a scripted answer'),
			};
		}
		return check.mock;
	}

	private async prismCheck(
		request: RecordedRequest,
	): Promise<{ violations?: unknown; mock?: ScriptedResponse }> {
		const result = await this.prism.request(
			{
				method: request.method.toLowerCase() as 'get',
				url: {
					path: `${API_PREFIX}${request.path}`,
					query: request.query as Record<string, string[]>,
				},
				headers: request.headers as Record<string, string>,
				body: request.body,
			},
			this.operations,
		)();
		if (result._tag === 'Left') {
			const error = result.left as Error & {
				status?: number;
				additional?: { validation?: unknown };
			};
			return {
				violations: error.additional?.validation ?? `${error.status ?? ''} ${error.message}`.trim(),
			};
		}
		const { output, validations } = result.right;
		const errors = (validations.input as Array<{ severity: unknown }>).filter(
			(validation) => validation.severity === 0 || validation.severity === 'Error',
		);
		if (errors.length) return { violations: errors };
		return {
			mock: {
				status: output.statusCode,
				body: output.body,
			},
		};
	}
}

function matches(pattern: string | RegExp, path: string): boolean {
	return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

async function readRequest(req: IncomingMessage): Promise<RecordedRequest> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const rawBody = Buffer.concat(chunks).toString('utf8');
	const url = new URL(req.url ?? '/', 'http://stand-in');
	const query: Record<string, string | string[]> = {};
	for (const key of new Set(url.searchParams.keys())) {
		const values = url.searchParams.getAll(key);
		query[key] = values.length === 1 ? values[0] : values;
	}
	const contentType = String(req.headers['content-type'] ?? '');
	let body: unknown = rawBody === '' ? undefined : rawBody;
	if (rawBody && contentType.includes('json')) body = JSON.parse(rawBody);
	else if (rawBody && contentType.includes('x-www-form-urlencoded'))
		body = parseQueryString(rawBody);
	const authorization = String(req.headers.authorization ?? '');
	const username = authorization.startsWith('Basic ')
		? Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':')[0]
		: undefined;
	const path = url.pathname.startsWith(API_PREFIX)
		? url.pathname.slice(API_PREFIX.length) || '/'
		: url.pathname;
	return {
		method: (req.method ?? 'GET').toUpperCase(),
		path: url.pathname.startsWith(API_PREFIX) ? path : `!${url.pathname}`,
		query,
		headers: req.headers,
		body,
		rawBody,
		username,
	};
}
