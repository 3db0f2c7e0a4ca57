import { Container } from '@n8n/di';
import {
	ExecutionLifecycleHooks,
	HookContext,
	LoadOptionsContext,
	PollContext,
	TriggersAndPollers,
	WebhookContext,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ExecutionError,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WebhookSetupMethodNames,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, NodeHelpers, Workflow } from 'n8n-workflow';

import { ClickSendPollingTrigger } from '../../nodes/ClickSendPollingTrigger/ClickSendPollingTrigger.node';
import { ClickSendTrigger } from '../../nodes/ClickSendTrigger/ClickSendTrigger.node';
import {
	additionalDataFor,
	CREDENTIAL_TYPE,
	initBinaryData,
	PACKAGE,
	runHooks,
	TEST_API_KEY,
	TEST_USERNAME,
	TestNodeTypes,
} from './engine';

/**
 * Drives the two ClickSend triggers the way n8n 2.x does, through n8n-core's own contexts.
 *
 * ClickSend Trigger (webhooks, `TriggerHarness`):
 * - activation / deactivation: HookContext → webhookMethods.default.checkExists / create / delete,
 *   once per registered webhook (n8n registers one per HTTP method), as WebhookService does;
 * - deliveries: WebhookContext with an express-like request/response, then (when the node returns
 *   workflowData) a real run through WorkflowExecute starting at the trigger.
 *
 * ClickSend Polling Trigger (`PollingTriggerHarness`):
 * - polls: PollContext with a per-poll staged static-data snapshot, committed when the poll
 *   returns (with the execution it starts, or alone for null) and dropped when it throws, as
 *   n8n 2.41.1 does (trigger-execution-context.factory.ts, PollCursorService.commitWithExecution):
 *   the run's own outcome does not matter; manual polls: WorkflowExecute in manual mode.
 *
 * The workflow's static data is kept between steps as JSON (as n8n keeps it in its database), so
 * everything the node stores must survive serialisation. Test-mode ("Listen for test event")
 * activations work on a copy, like n8n's test webhooks, and never write production static data.
 */

export const TRIGGER_NODE_TYPE = `${PACKAGE}.clickSendTrigger`;
export const TRIGGER_NODE_NAME = 'ClickSend Trigger';
export const POLLING_TRIGGER_NODE_TYPE = `${PACKAGE}.clickSendPollingTrigger`;
export const POLLING_TRIGGER_NODE_NAME = 'ClickSend Polling Trigger';
export const WEBHOOK_ID = '5b1f0c9e-8d2a-4b7e-9f3c-2a1d0e6b7c48';
export const WORKFLOW_ID = 'trigger-wf';

export const PRODUCTION_WEBHOOK_URL = `http://127.0.0.1:5678/webhook/${WEBHOOK_ID}/webhook`;
export const TEST_WEBHOOK_URL = `http://127.0.0.1:5678/webhook-test/${WEBHOOK_ID}/webhook`;

export interface Delivery {
	method?: 'GET' | 'POST';
	query?: IDataObject;
	/** The body as n8n's body parser leaves it: an object for JSON and form bodies, text for text/plain. */
	body?: unknown;
	/** The bytes n8n read (`req.rawBody`); by default `body` as text or JSON. */
	rawBody?: Buffer;
	headers?: Record<string, string>;
	/** Deliver to the test URL ("Listen for test event"). */
	test?: boolean;
}

export interface DeliveryResult {
	/** HTTP status of the answer: the node's own (noWebhookResponse), else n8n's responseCode (200). */
	status: number;
	/** Body of the answer: the node's own, or the one n8n 2.41 builds (see `n8nResponseBody`). */
	responseBody?: unknown;
	/** Whether webhook() changed static data (n8n would then write the whole object back). */
	staticDataChanged: boolean;
	response: IWebhookResponseData;
	/** Whether a workflow run started. */
	runStarted: boolean;
	/** Output of the trigger node in that run. */
	items: INodeExecutionData[];
	error?: ExecutionError;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? {})) as T;

class FakeResponse {
	statusCode = 200;

	body: unknown;

	headers: Record<string, string> = {};

	ended = false;

	status(code: number) {
		this.statusCode = code;
		return this;
	}

	json(body: unknown) {
		this.body = body;
		this.ended = true;
		return this;
	}

	send(body?: unknown) {
		this.body = body;
		this.ended = true;
		return this;
	}

	end(body?: unknown) {
		if (body !== undefined) this.body = body;
		this.ended = true;
		return this;
	}

	setHeader(name: string, value: string) {
		this.headers[name.toLowerCase()] = value;
		return this;
	}

	writeHead(code: number, headers?: Record<string, string>) {
		this.statusCode = code;
		Object.assign(this.headers, headers ?? {});
		return this;
	}
}

/**
 * The body n8n 2.41.1 answers a delivery with when webhook() did not answer itself
 * (packages/cli/src/webhooks/webhook-helpers.ts executeWebhook, webhook-on-received-response-extractor.ts):
 * no run → webhookResponse, else `{ message: 'Webhook call received' }`; a run with responseMode
 * onReceived → the description's responseData evaluated (default 'firstEntryJson', sent as is),
 * when that is empty the webhookResponse, else `{ message: 'Workflow was started' }`.
 */
function n8nResponseBody(
	workflow: Workflow,
	node: INode,
	description: IWebhookDescription,
	mode: WorkflowExecuteMode,
	response: IWebhookResponseData,
): unknown {
	if (!response.workflowData)
		return response.webhookResponse ?? { message: 'Webhook call received' };
	const responseMode = workflow.expression.getSimpleParameterValue(
		node,
		description.responseMode,
		mode,
		{},
		undefined,
		'onReceived',
	);
	if (responseMode !== 'onReceived')
		throw new Error(`The harness models responseMode onReceived only, not ${String(responseMode)}`);
	const responseData = workflow.expression.getComplexParameterValue(
		node,
		description.responseData,
		mode,
		{},
		undefined,
		'firstEntryJson',
	);
	if (responseData === 'noData') return undefined;
	if (responseData) return responseData;
	return response.webhookResponse ?? { message: 'Workflow was started' };
}

/** Both node types, registered as n8n's node-type registry would hold them. */
function triggerNodeTypes(): TestNodeTypes {
	return new TestNodeTypes({
		[TRIGGER_NODE_TYPE]: new ClickSendTrigger() as INodeType,
		[POLLING_TRIGGER_NODE_TYPE]: new ClickSendPollingTrigger() as INodeType,
	});
}

/** What both harnesses share: the one-node workflow, its static data, its credentials, runs. */
abstract class TriggerHarnessBase<T extends INodeType> {
	/** The workflow's static data as n8n stores it (JSON), production side. */
	staticData: IDataObject = {};

	protected readonly nodeTypes = triggerNodeTypes();

	readonly nodeType: T;

	constructor(
		protected readonly baseUrl: string,
		public parameters: INodeParameters,
		public workflowName: string,
		protected readonly nodeTypeName: string,
		readonly nodeName: string,
	) {
		this.nodeType = this.nodeTypes.getByNameAndVersion(nodeTypeName) as T;
	}

	node(): INode {
		return {
			id: 'trigger',
			name: this.nodeName,
			type: this.nodeTypeName,
			typeVersion: 1,
			position: [0, 0],
			webhookId: WEBHOOK_ID,
			parameters: clone(this.parameters),
			credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'ClickSend account' } },
		};
	}

	get nodeStaticData(): IDataObject {
		return (this.staticData[`node:${this.nodeName}`] as IDataObject) ?? {};
	}

	protected workflow(staticData: IDataObject, active = true): Workflow {
		return new Workflow({
			id: WORKFLOW_ID,
			name: this.workflowName,
			nodes: [this.node()],
			connections: {},
			nodeTypes: this.nodeTypes,
			active,
			staticData: clone(staticData),
			settings: { executionOrder: 'v1' },
		});
	}

	protected additionalData(
		mode: WorkflowExecuteMode,
		hooks?: ExecutionLifecycleHooks,
	): IWorkflowExecuteAdditionalData {
		return additionalDataFor(
			{
				[CREDENTIAL_TYPE]: { username: TEST_USERNAME, apiKey: TEST_API_KEY, baseUrl: this.baseUrl },
			},
			hooks ?? new ExecutionLifecycleHooks(mode, 'hooks', { id: WORKFLOW_ID } as never),
		);
	}

	/** A run starting at the trigger with `startData` as its input (as WebhookHelpers starts one). */
	protected async execute(
		mode: WorkflowExecuteMode,
		startData: INodeExecutionData[][],
	): Promise<{ items: INodeExecutionData[]; error?: ExecutionError; run: IRun }> {
		await initBinaryData();
		const workflow = this.workflow(this.staticData, mode !== 'manual');
		const { hooks, finished } = runHooks(mode, `run-${Date.now()}`, {
			id: WORKFLOW_ID,
			name: this.workflowName,
			active: mode !== 'manual',
		});
		const node = workflow.getNode(this.nodeName)!;
		const runExecutionData = createRunExecutionData({
			executionData: { nodeExecutionStack: [{ node, data: { main: startData }, source: null }] },
		});
		await new WorkflowExecute(
			this.additionalData(mode, hooks),
			mode,
			runExecutionData,
		).processRunExecutionData(workflow);
		const run = await finished;
		const output = run.data.resultData.runData[this.nodeName]?.[0]?.data?.main?.[0] ?? [];
		return { items: output, error: run.data.resultData.error, run };
	}
}

/** The ClickSend Trigger (webhooks): activation, deactivation, deliveries. */
export class TriggerHarness extends TriggerHarnessBase<ClickSendTrigger> {
	/** Static data of the current test-webhook registration (n8n keeps it with the registration). */
	testStaticData?: IDataObject;

	constructor(baseUrl: string, parameters: INodeParameters, workflowName = 'Inbound orders') {
		super(baseUrl, parameters, workflowName, TRIGGER_NODE_TYPE, TRIGGER_NODE_NAME);
	}

	/** The webhooks n8n registers for the node (WebhookService.getNodeWebhooks). */
	webhooks(
		workflow: Workflow,
		additionalData: IWorkflowExecuteAdditionalData,
		isTest: boolean,
	): IWebhookData[] {
		const node = workflow.getNode(this.nodeName)!;
		const result: IWebhookData[] = [];
		for (const description of this.nodeType.description.webhooks ?? []) {
			const rawPath = workflow.expression.getSimpleParameterValue(
				node,
				description.path,
				'internal',
				{},
			);
			if (rawPath === undefined) continue;
			const path = NodeHelpers.getNodeWebhookPath(
				workflow.id,
				node,
				String(rawPath).replace(/^\/|\/$/g, ''),
			);
			const methods = workflow.expression.getSimpleParameterValue(
				node,
				description.httpMethod,
				'internal',
				{},
				undefined,
				'GET',
			);
			for (const method of String(methods).split(',')) {
				if (!method.trim()) continue;
				result.push({
					httpMethod: method.trim() as IWebhookData['httpMethod'],
					node: node.name,
					path,
					webhookDescription: description as IWebhookDescription,
					workflowId: workflow.id,
					workflowExecuteAdditionalData: additionalData,
					isTest,
				});
			}
		}
		return result;
	}

	/** The HTTP methods n8n would listen on for this node (none in polling mode). */
	webhookMethods(): string[] {
		const workflow = this.workflow({});
		return this.webhooks(workflow, this.additionalData('internal'), false).map(
			(webhook) => webhook.httpMethod,
		);
	}

	private async runWebhookMethod(
		method: WebhookSetupMethodNames,
		workflow: Workflow,
		webhook: IWebhookData,
		mode: WorkflowExecuteMode,
	): Promise<boolean | undefined> {
		const fn = (this.nodeType as INodeType).webhookMethods?.[webhook.webhookDescription.name]?.[
			method
		];
		if (!fn) return undefined;
		const context = new HookContext(
			workflow,
			workflow.getNode(this.nodeName)!,
			webhook.workflowExecuteAdditionalData,
			mode,
			mode === 'manual' ? 'manual' : 'activate',
			webhook,
		);
		return (await fn.call(context)) as boolean;
	}

	/**
	 * Activate the workflow (production) or start "Listen for test event" (test): for each webhook,
	 * checkExists and, when false, create — WebhookService.createWebhookIfNotExists.
	 */
	async activate(options: { test?: boolean } = {}): Promise<void> {
		const test = options.test === true;
		const mode: WorkflowExecuteMode = test ? 'manual' : 'trigger';
		const workflow = this.workflow(
			test ? (this.testStaticData ?? this.staticData) : this.staticData,
		);
		const additionalData = this.additionalData(mode);
		for (const webhook of this.webhooks(workflow, additionalData, test)) {
			if (!(await this.runWebhookMethod('checkExists', workflow, webhook, mode))) {
				await this.runWebhookMethod('create', workflow, webhook, mode);
			}
		}
		if (test) this.testStaticData = clone(workflow.staticData);
		else this.staticData = clone(workflow.staticData);
	}

	/** Deactivate (production) or stop listening (test): delete for each webhook. */
	async deactivate(options: { test?: boolean } = {}): Promise<void> {
		const test = options.test === true;
		const workflow = this.workflow(test ? (this.testStaticData ?? {}) : this.staticData);
		const additionalData = this.additionalData('internal');
		try {
			for (const webhook of this.webhooks(workflow, additionalData, test)) {
				// n8n's test webhooks restore the registration's snapshot before each delete.
				if (test) workflow.staticData = clone(this.testStaticData ?? {}) as never;
				await this.runWebhookMethod('delete', workflow, webhook, 'internal');
			}
		} finally {
			if (test) this.testStaticData = undefined;
			else this.staticData = clone(workflow.staticData);
		}
	}

	/** Run checkExists alone (for the production or the test URL). */
	async checkExists(options: { test?: boolean } = {}): Promise<boolean> {
		const test = options.test === true;
		const workflow = this.workflow(test ? (this.testStaticData ?? {}) : this.staticData);
		const [webhook] = this.webhooks(workflow, this.additionalData('internal'), test);
		return (await this.runWebhookMethod('checkExists', workflow, webhook, 'internal')) === true;
	}

	/**
	 * ClickSend delivers an event: webhook() through WebhookContext, then, when it returns
	 * workflowData, the run n8n would start (mode webhook, or manual for the test URL).
	 */
	async deliver(delivery: Delivery): Promise<DeliveryResult> {
		const test = delivery.test === true;
		const method = delivery.method ?? 'POST';
		const mode: WorkflowExecuteMode = test ? 'manual' : 'webhook';
		const workflow = this.workflow(this.staticData);
		if (test) workflow.setTestStaticData(clone(this.testStaticData ?? {}) as never);
		const additionalData = this.additionalData(mode);
		const webhook = this.webhooks(workflow, additionalData, test).find(
			(candidate) => candidate.httpMethod === method,
		);
		if (!webhook) throw new Error(`The trigger does not listen for ${method}`);
		const res = new FakeResponse();
		const body = delivery.body ?? {};
		const rawBody =
			delivery.rawBody ??
			(method === 'GET'
				? Buffer.alloc(0)
				: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)));
		additionalData.httpRequest = {
			method,
			body,
			rawBody,
			query: delivery.query ?? {},
			headers: { 'content-type': 'application/json', ...delivery.headers },
			params: {},
		} as never;
		additionalData.httpResponse = res as never;
		const node = workflow.getNode(this.nodeName)!;
		const context = new WebhookContext(workflow, node, additionalData, mode, webhook, [], null);
		const response = (await this.nodeType.webhook.call(context)) as IWebhookResponseData;
		const staticDataChanged = (workflow.staticData as IDataObject).__dataChanged === true;
		// Static data changed by webhook() is kept only when the delivery starts no run: that is what a
		// real n8n 2.41.1 does (observed; see docs/triggers.md), so the duplicate check must not rely on it.
		if (!test && !response.workflowData) this.staticData = clone(workflow.staticData);

		const result: DeliveryResult = {
			status: response.noWebhookResponse ? res.statusCode : 200,
			responseBody: response.noWebhookResponse
				? res.body
				: n8nResponseBody(workflow, node, webhook.webhookDescription, mode, response),
			staticDataChanged,
			response,
			runStarted: false,
			items: [],
		};
		if (!response.workflowData) return result;
		const run = await this.execute(mode, response.workflowData);
		result.runStarted = true;
		result.items = run.items;
		result.error = run.error;
		return result;
	}
}

/** The ClickSend Polling Trigger: scheduled polls and manual runs ("Fetch Test Event"). */
export class PollingTriggerHarness extends TriggerHarnessBase<ClickSendPollingTrigger> {
	constructor(baseUrl: string, parameters: INodeParameters, workflowName = 'Inbound orders') {
		super(baseUrl, parameters, workflowName, POLLING_TRIGGER_NODE_TYPE, POLLING_TRIGGER_NODE_NAME);
	}

	/**
	 * One scheduled poll of the active workflow. Static data is staged per poll and committed when
	 * the poll returns (n8n 2.41.1 commits it with the execution row, before the run: a run that
	 * fails later does not undo it), dropped when the poll throws. `budgetMs` is what n8n's
	 * getPollBudgetMs() answers (5 minutes, n8n-core's default, unless given).
	 */
	async poll(options: { budgetMs?: number } = {}): Promise<INodeExecutionData[][] | null> {
		const workflow = this.workflow(this.staticData);
		const node = workflow.getNode(this.nodeName)!;
		const snapshot = clone(this.nodeStaticData);
		const emitted: INodeExecutionData[][][] = [];
		const context = new PollContext(
			workflow,
			node,
			this.additionalData('trigger'),
			'trigger',
			'update',
			(data) => emitted.push(data),
			(error) => {
				throw error;
			},
			async () => undefined,
			async (poll) => await poll(),
			() => snapshot,
			options.budgetMs === undefined ? undefined : () => options.budgetMs!,
		);
		const result = await Container.get(TriggersAndPollers).runPollFunction(workflow, node, context);
		this.staticData = { ...this.staticData, [`node:${this.nodeName}`]: clone(snapshot) };
		return result;
	}

	/** "Fetch Test Event" / manual execution: WorkflowExecute in manual mode runs poll(). */
	async manualRun(): Promise<{ items: INodeExecutionData[]; error?: ExecutionError }> {
		return await this.execute('manual', [[{ json: {} }]]);
	}
}

/** Calls a loadOptions method of the trigger through n8n-core's LoadOptionsContext. */
export async function triggerLoadOptions(
	baseUrl: string,
	method: string,
	parameters: INodeParameters = {},
) {
	const harness = new TriggerHarness(baseUrl, parameters);
	const node = harness.node();
	const workflow = new Workflow({
		id: WORKFLOW_ID,
		nodes: [node],
		connections: {},
		nodeTypes: triggerNodeTypes(),
		active: false,
	});
	const additionalData = additionalDataFor(
		{ [CREDENTIAL_TYPE]: { username: TEST_USERNAME, apiKey: TEST_API_KEY, baseUrl } },
		new ExecutionLifecycleHooks('internal', 'methods', {} as never),
	);
	additionalData.currentNodeParameters = parameters;
	const fn = harness.nodeType.methods.loadOptions[method as 'getDedicatedNumbers'];
	if (!fn) throw new Error(`ClickSend Trigger has no loadOptions method ${method}`);
	return await fn.call(new LoadOptionsContext(workflow, node, additionalData, ''));
}
