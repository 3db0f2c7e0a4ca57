/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test harness code (an HTTP listener for deliveries), never shipped in the package */
import { Container } from '@n8n/di';
import { createServer, type IncomingMessage, type Server } from 'http';
import type { AddressInfo } from 'net';
import {
	ExecutionLifecycleHooks,
	InstanceSettings,
	validateUrlSignature,
	WebhookContext,
	WorkflowExecute,
} from 'n8n-core';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
	IRun,
	IRunExecutionData,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, NodeConnectionTypes, Workflow } from 'n8n-workflow';

import {
	additionalDataFor,
	CLICKSEND_NODE_TYPE,
	CREDENTIAL_TYPE,
	initBinaryData,
	inputItemsByRun,
	runHooks,
	START_NODE_TYPE,
	TEST_API_KEY,
	TEST_USERNAME,
	TestNodeTypes,
} from './engine';

/**
 * Waiting executions as n8n 2.41.1 runs them, for engine tests of SMS → Send and Wait for
 * Response, through n8n-core's own WorkflowExecute and WebhookContext:
 *
 * - `start()`: Manual Trigger → ClickSend → Next. When the node puts the execution to wait, the
 *   run ends with status `waiting`; the execution is kept as JSON, as n8n keeps it in its database.
 * - Deliveries: an HTTP listener on 127.0.0.1 stands in for n8n's `/webhook-waiting/:id/:suffix`
 *   route (the node's resume URLs point at it, so the ClickSend sandbox delivers to it like to a
 *   real n8n). It does what packages/cli/src/webhooks/waiting-webhooks.ts does: unknown execution →
 *   404; n8n's signature check for a `sendAndWait` node (401); running → 409; finished with an
 *   error → 409; finished → 200 "no action required"; otherwise webhook() through WebhookContext,
 *   and when it returns workflowData, the execution continues from the node (disabled, its output
 *   the workflowData) through WorkflowExecute — and is saved again.
 * - `timeOut()`: what WaitTracker does when waitTill passes: the saved execution runs again as it is
 *   (WorkflowExecute disables the waiting node, which passes on its saved stack entry's items).
 *
 * `n8nChecksSignature: false` models n8n 1.x without `setSignatureValidationRequired` (no check by
 * n8n): the node's own check must then refuse a forged URL.
 */

export const NEXT_NODE = 'Next';
export const NODE_ID = 'clicksend-node-id';
const WORKFLOW_ID = 'waiting-wf';

/** The node after the ClickSend node: passes its input on, so the test sees what ClickSend output. */
class Next implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Next',
		name: 'next',
		group: ['transform'],
		version: 1,
		description: 'Passes its input on',
		defaults: { name: NEXT_NODE },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

export interface StoredExecution {
	id: string;
	status: IRun['status'];
	finished: boolean;
	/** As n8n stores it (JSON). */
	data: IRunExecutionData;
	waitTill?: string;
}

export interface HttpAnswer {
	status: number;
	body: unknown;
	/** Whether the delivery made the execution continue. */
	resumed: boolean;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

class FakeResponse {
	statusCode = 200;

	body: unknown;

	status(code: number) {
		this.statusCode = code;
		return this;
	}

	json(body: unknown) {
		this.body = body;
		return this;
	}

	send(body?: unknown) {
		this.body = body;
		return this;
	}

	end(body?: unknown) {
		if (body !== undefined) this.body = body;
		return this;
	}

	setHeader() {
		return this;
	}
}

export interface WaitingOptions {
	/** The ClickSend node's parameters (resource sms, operation sendAndWait…). */
	parameters: INodeParameters;
	/** Items reaching the ClickSend node; default one item. */
	items?: IDataObject[];
	onError?: INode['onError'];
	/** Register the ClickSend node under this type (e.g. one ending in Tool). */
	nodeType?: string;
	/** n8n checks the resume URL's signature (2.x); false = n8n 1.x without the flag. */
	n8nChecksSignature?: boolean;
}

let executionCounter = 1000;
/** The Manual Items run id of a workflow's options (engine.ts's start node reads its items by it). */
const runIds = new WeakMap<WaitingOptions, string>();
let runCounter = 0;
const runOf = (options: WaitingOptions): string => {
	if (!runIds.has(options)) runIds.set(options, `waiting-${++runCounter}`);
	return runIds.get(options)!;
};
let deliveryCounter = 0;
const TAG_HEADER = 'x-test-delivery';

export class WaitingHarness {
	/** The executions, as n8n's database holds them. */
	readonly executions = new Map<string, StoredExecution>();

	/** Every delivery the listener answered, in order. */
	readonly answers: Array<{ url: string; answer: HttpAnswer; tag?: string }> = [];

	private constructor(
		private readonly server: Server,
		readonly origin: string,
		private readonly baseUrl: string,
	) {}

	static async start(clickSendBaseUrl: string): Promise<WaitingHarness> {
		await initBinaryData();
		const holder: { harness?: WaitingHarness } = {};
		const server = createServer((req, res) => {
			void readBody(req).then(async (raw) => {
				const answer = await holder.harness!.handle(req, raw);
				res.writeHead(answer.status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(answer.body ?? null));
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		holder.harness = new WaitingHarness(server, `http://127.0.0.1:${port}`, clickSendBaseUrl);
		return holder.harness;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections?.();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private options = new Map<string, WaitingOptions>();

	private nodes(options: WaitingOptions): INode[] {
		return [
			{
				id: 'start-node',
				name: 'Manual Trigger',
				type: START_NODE_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: { run: runOf(options) },
			},
			{
				id: NODE_ID,
				name: 'ClickSend',
				type: options.nodeType ?? CLICKSEND_NODE_TYPE,
				typeVersion: 1,
				position: [200, 0],
				parameters: options.parameters,
				credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'ClickSend account' } },
				...(options.onError ? { onError: options.onError } : {}),
			},
			{
				id: 'next-node',
				name: NEXT_NODE,
				type: 'test.next',
				typeVersion: 1,
				position: [400, 0],
				parameters: {},
			},
		];
	}

	private workflow(options: WaitingOptions): Workflow {
		const clickSend = new TestNodeTypes().getByNameAndVersion(CLICKSEND_NODE_TYPE);
		return new Workflow({
			id: WORKFLOW_ID,
			name: 'Send and wait',
			nodes: this.nodes(options),
			connections: {
				'Manual Trigger': { main: [[{ node: 'ClickSend', type: 'main', index: 0 }]] },
				ClickSend: { main: [[{ node: NEXT_NODE, type: 'main', index: 0 }]] },
			},
			nodeTypes: new TestNodeTypes({
				'test.next': new Next(),
				...(options.nodeType ? { [options.nodeType]: clickSend } : {}),
			}),
			active: false,
			settings: { executionOrder: 'v1' },
		});
	}

	private additionalData(
		executionId: string,
		hooks?: ExecutionLifecycleHooks,
	): IWorkflowExecuteAdditionalData {
		const data = additionalDataFor(
			{
				[CREDENTIAL_TYPE]: {
					username: TEST_USERNAME,
					apiKey: TEST_API_KEY,
					baseUrl: this.baseUrl,
				},
			},
			hooks ?? new ExecutionLifecycleHooks('manual', executionId, { id: WORKFLOW_ID } as never),
		);
		data.executionId = executionId;
		data.webhookWaitingBaseUrl = `${this.origin}/webhook-waiting`;
		return data;
	}

	/** Runs `runExecutionData` to its end (finished or waiting again) and saves the execution. */
	private async run(
		id: string,
		options: WaitingOptions,
		runExecutionData: IRunExecutionData,
		mode: WorkflowExecuteMode = 'manual',
	): Promise<StoredExecution> {
		const { hooks, finished } = runHooks(mode, id, { id: WORKFLOW_ID, name: 'Send and wait' });
		this.executions.set(id, { ...this.executions.get(id)!, status: 'running', finished: false });
		await new WorkflowExecute(
			this.additionalData(id, hooks),
			mode,
			runExecutionData,
		).processRunExecutionData(this.workflow(options));
		const run = await finished;
		const stored: StoredExecution = {
			id,
			status: run.status,
			finished: run.status === 'success',
			data: clone(run.data),
			waitTill: run.waitTill ? new Date(run.waitTill).toISOString() : undefined,
		};
		this.executions.set(id, stored);
		return stored;
	}

	/** Runs the workflow; returns the execution (status `waiting` when the node waits). */
	async startExecution(options: WaitingOptions): Promise<StoredExecution> {
		const id = String(++executionCounter);
		this.options.set(id, options);
		inputItemsByRun.set(
			runOf(options),
			(options.items ?? [{}]).map((json) => ({ json })),
		);
		const workflow = this.workflow(options);
		this.executions.set(id, {
			id,
			status: 'new',
			finished: false,
			data: createRunExecutionData({}),
		});
		const start = workflow.getNode('Manual Trigger')!;
		const data = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node: start, data: { main: [[{ json: {} }]] }, source: null }],
			},
		});
		return await this.run(id, options, data);
	}

	/** The time limit passed: WaitTracker.startExecution. */
	async timeOut(id: string): Promise<StoredExecution> {
		const execution = this.executions.get(id)!;
		if (execution.finished || execution.status !== 'waiting')
			throw new Error(`execution ${id} is not waiting (${execution.status})`);
		return await this.run(id, this.options.get(id)!, clone(execution.data));
	}

	/** The ClickSend node's output in the execution's last run of it (the resumed one when it resumed). */
	output(id: string, node = NEXT_NODE): INodeExecutionData[] {
		const runs = this.executions.get(id)!.data.resultData.runData[node] ?? [];
		return runs.at(-1)?.data?.main?.[0] ?? [];
	}

	/** POST a body (JSON) to a resume URL, as ClickSend would; returns how the listener answered. */
	async post(url: string, body: IDataObject): Promise<HttpAnswer> {
		const tag = String(++deliveryCounter);
		await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', [TAG_HEADER]: tag },
			body: JSON.stringify(body),
		}).then(async (response) => await response.text());
		const recorded = this.answers.find((entry) => entry.tag === tag);
		if (!recorded) throw new Error(`no answer recorded for ${url}`);
		return recorded.answer;
	}

	/** n8n's /webhook-waiting/:id/:suffix route (see the class comment). */
	private async handle(req: IncomingMessage, raw: string): Promise<HttpAnswer> {
		const url = new URL(req.url ?? '/', this.origin);
		const answer = await this.route(req, url, raw).catch(
			(error: Error): HttpAnswer => ({
				status: 500,
				body: { message: error.message },
				resumed: false,
			}),
		);
		const tag = req.headers[TAG_HEADER];
		this.answers.push({
			url: url.toString(),
			answer,
			tag: typeof tag === 'string' ? tag : undefined,
		});
		return answer;
	}

	private async route(req: IncomingMessage, url: URL, raw: string): Promise<HttpAnswer> {
		const match = /^\/webhook-waiting\/([^/]+)(?:\/([^/]+))?$/.exec(url.pathname);
		if (!match) return { status: 404, body: { message: 'not a waiting webhook' }, resumed: false };
		const [, id, suffix] = match;
		const stored = this.executions.get(id);
		if (!stored)
			return {
				status: 404,
				body: { message: `The execution "${id}" does not exist.` },
				resumed: false,
			};
		const options = this.options.get(id)!;
		const node = this.nodes(options).find((candidate) => candidate.name === 'ClickSend')!;
		const isSendAndWait = suffix === node.id && node.parameters.operation === 'sendAndWait';
		if (isSendAndWait && options.n8nChecksSignature !== false) {
			const signature = url.searchParams.get('signature');
			if (
				!signature ||
				!validateUrlSignature(signature, url, Container.get(InstanceSettings).hmacSignatureSecret)
			)
				return { status: 401, body: 'form-invalid-token', resumed: false };
		}
		if (stored.status === 'running')
			return { status: 409, body: { message: 'running already' }, resumed: false };
		if (stored.data.resultData.error)
			return { status: 409, body: { message: 'finished with error' }, resumed: false };
		if (stored.finished) {
			return isSendAndWait
				? { status: 200, body: 'send-and-wait-no-action-required', resumed: false }
				: { status: 409, body: { message: 'finished already' }, resumed: false };
		}

		const data = clone(stored.data);
		const lastNode = data.resultData.lastNodeExecuted!;
		data.executionData!.nodeExecutionStack[0].node.disabled = true;
		data.waitTill = undefined;
		data.resultData.runData[lastNode].pop();
		const workflow = this.workflow(options);
		const startNode = workflow.getNode(lastNode)!;
		const nodeType = workflow.nodeTypes.getByNameAndVersion(startNode.type, 1);
		const description = (nodeType.description.webhooks ?? []).find(
			(webhook) =>
				webhook.restartWebhook === true &&
				webhook.httpMethod === req.method &&
				workflow.expression.getSimpleParameterValue(startNode, webhook.path, 'internal', {}) ===
					(suffix ?? ''),
		);
		if (!description) {
			return isSendAndWait
				? { status: 200, body: 'send-and-wait-no-action-required', resumed: false }
				: { status: 404, body: { message: 'no matching waiting webhook' }, resumed: false };
		}

		const additionalData = this.additionalData(id);
		const res = new FakeResponse();
		let body: unknown = {};
		if (raw) {
			body = String(req.headers['content-type']).includes('json')
				? JSON.parse(raw)
				: Object.fromEntries(new URLSearchParams(raw));
		}
		additionalData.httpRequest = {
			method: req.method,
			url: `${url.pathname}${url.search}`,
			query: Object.fromEntries(url.searchParams),
			body,
			headers: req.headers,
			params: {},
		} as never;
		additionalData.httpResponse = res as never;
		const webhookData: IWebhookData = {
			httpMethod: req.method as IWebhookData['httpMethod'],
			node: startNode.name,
			path: suffix ?? '',
			webhookDescription: description,
			workflowId: WORKFLOW_ID,
			workflowExecuteAdditionalData: additionalData,
		};
		const context = new WebhookContext(
			workflow,
			startNode,
			additionalData,
			'manual',
			webhookData,
			[],
			data,
		);
		const response = (await nodeType.webhook!.call(context)) as IWebhookResponseData;
		if (response.noWebhookResponse)
			return { status: res.statusCode, body: res.body, resumed: false };
		if (!response.workflowData)
			return {
				status: 200,
				body: response.webhookResponse ?? { message: 'Webhook call received' },
				resumed: false,
			};
		// 2.41.1 resumes only an execution still waiting (ActiveExecutions, requireStatus 'waiting').
		if (this.executions.get(id)!.status !== 'waiting')
			return { status: 409, body: { message: 'already resuming' }, resumed: false };
		data.executionData!.nodeExecutionStack[0].data.main = response.workflowData;
		await this.run(id, options, data);
		return { status: 200, body: response.webhookResponse, resumed: true };
	}
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
	});
}
