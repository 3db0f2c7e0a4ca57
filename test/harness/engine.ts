import { Container } from '@n8n/di';
import { BinaryDataService, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ExecutionError,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeParameterResourceLocator,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { ClickSendRestApi } from '../../credentials/ClickSendRestApi.credentials';
import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';
import { TestCredentialsHelper } from './credentials-helper';
import { initDeduplication } from './deduplication';

export const PACKAGE = 'n8n-nodes-clicksend-suite';
export const CLICKSEND_NODE_TYPE = `${PACKAGE}.clickSend`;
export const CREDENTIAL_TYPE = 'clickSendRestApi';
export const START_NODE_TYPE = 'test.manualItems';

/** Test credentials (from ClickSend's docs: the key of its test accounts; never a real key). */
export const TEST_USERNAME = 'n8n-test-user';
// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- ClickSend's published test-account key
export const TEST_API_KEY = 'D83DED51-9E35-4D42-9BB9-0E34B7CA85AE';

export interface InputItem {
	json: IDataObject;
	/** Binary properties to attach, e.g. { data: { content: Buffer, fileName: 'a.pdf', mimeType: 'application/pdf' } } */
	binary?: Record<string, { content: Buffer; fileName?: string; mimeType?: string }>;
}

/**
 * Stand-in for n8n's Manual Trigger: the workflow's first node, outputting the test's items
 * (binary data included, stored through n8n's BinaryDataService like any node's output).
 */
export const inputItemsByRun = new Map<string, InputItem[]>();

class ManualItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Items',
		name: 'manualItems',
		group: ['input'],
		version: 1,
		description: 'Outputs the test items',
		defaults: { name: 'Manual Trigger' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Run', name: 'run', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const run = this.getNodeParameter('run', 0) as string;
		const out: INodeExecutionData[] = [];
		for (const item of inputItemsByRun.get(run) ?? []) {
			const data: INodeExecutionData = { json: item.json, pairedItem: { item: 0 } };
			if (item.binary) {
				data.binary = {};
				for (const [name, file] of Object.entries(item.binary)) {
					data.binary[name] = await this.helpers.prepareBinaryData(
						file.content,
						file.fileName,
						file.mimeType,
					);
				}
			}
			out.push(data);
		}
		return [out];
	}
}

export class TestNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = {};

	constructor(extra: Record<string, INodeType> = {}) {
		this.types[CLICKSEND_NODE_TYPE] = new ClickSend();
		this.types[START_NODE_TYPE] = new ManualItems();
		Object.assign(this.types, extra);
	}

	getByName(type: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(type);
	}

	getByNameAndVersion(type: string): INodeType {
		const nodeType = this.types[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return nodeType;
	}

	getKnownTypes() {
		return {};
	}
}

export const credentialTypes: Record<string, ICredentialType> = {
	[CREDENTIAL_TYPE]: new ClickSendRestApi(),
};

let binaryDataReady: Promise<void> | undefined;

/** n8n's binary data service, in its default (in-memory) mode, as a fresh n8n has it. */
export function initBinaryData(): Promise<void> {
	binaryDataReady ??= Container.get(BinaryDataService).init();
	return binaryDataReady;
}

export function additionalDataFor(
	credentials: Record<string, IDataObject>,
	hooks: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	const data = {
		credentialsHelper: new TestCredentialsHelper(credentialTypes, credentials as never),
		hooks,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not part of these tests');
		},
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		variables: {},
		currentNodeParameters: undefined,
		userId: 'test-user',
		setExecutionStatus: () => undefined,
		logAiEvent: () => undefined,
		getRunExecutionData: async () => undefined,
		startRunnerTask: async () => {
			throw new Error('Code runners are not part of these tests');
		},
	};
	return data as unknown as IWorkflowExecuteAdditionalData;
}

/** n8n's lifecycle hooks for one run, and the run's result once WorkflowExecute finished it. */
export function runHooks(
	mode: WorkflowExecuteMode,
	executionId: string,
	workflow: { id: string; name: string; active?: boolean },
): { hooks: ExecutionLifecycleHooks; finished: Promise<IRun> } {
	const hooks = new ExecutionLifecycleHooks(mode, executionId, {
		active: false,
		...workflow,
		nodes: [],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	let finish: (run: IRun) => void = () => undefined;
	const finished = new Promise<IRun>((resolve) => (finish = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finish(fullRunData));
	return { hooks, finished };
}

export interface RunOptions {
	/** Parameters of the ClickSend node (resource, operation, fields). */
	parameters: INodeParameters;
	/** Items that reach the ClickSend node from the previous node; default one empty item. */
	items?: Array<InputItem | IDataObject>;
	/** Credential data; baseUrl defaults to the stand-in. */
	credentials?: IDataObject;
	/** n8n's per-node error setting ("On Error"). */
	onError?: INode['onError'];
	continueOnFail?: boolean;
	mode?: WorkflowExecuteMode;
	/** Run this node type in the ClickSend node's place (benchmarks: the expression floor). */
	nodeType?: INodeType;
}

export interface RunResult {
	/** Items of the ClickSend node's first output (the success output). */
	items: INodeExecutionData[];
	/** All outputs of the ClickSend node (with On Error → error output, [1] is the error branch). */
	outputs: INodeExecutionData[][];
	/** The error that stopped the workflow, if one did. */
	error?: ExecutionError;
	run: IRun;
}

let runCounter = 0;

/** Runs Manual Trigger → ClickSend through n8n-core's WorkflowExecute and returns the ClickSend output. */
export async function runClickSend(baseUrl: string, options: RunOptions): Promise<RunResult> {
	await initBinaryData();
	await initDeduplication();
	const runId = `run-${++runCounter}`;
	const items = (options.items ?? [{}]).map((item) =>
		'json' in item && typeof item.json === 'object'
			? (item as InputItem)
			: { json: item as IDataObject },
	);
	inputItemsByRun.set(runId, items);

	const start: INode = {
		id: 'start',
		name: 'Manual Trigger',
		type: START_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { run: runId },
	};
	const clickSend: INode = {
		id: 'clicksend',
		name: 'ClickSend',
		type: options.nodeType ? 'test.replacement' : CLICKSEND_NODE_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters: options.parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'ClickSend account' } },
		...(options.onError ? { onError: options.onError } : {}),
		...(options.continueOnFail ? { continueOnFail: true } : {}),
	};
	const workflow = new Workflow({
		id: 'engine-test',
		nodes: [start, clickSend],
		connections: { 'Manual Trigger': { main: [[{ node: 'ClickSend', type: 'main', index: 0 }]] } },
		nodeTypes: new TestNodeTypes(options.nodeType ? { 'test.replacement': options.nodeType } : {}),
		active: false,
		settings: { executionOrder: 'v1' },
	});

	const { hooks, finished } = runHooks(options.mode ?? 'manual', runId, {
		id: 'engine-test',
		name: 'engine test',
	});

	const additionalData = additionalDataFor(
		{
			[CREDENTIAL_TYPE]: {
				username: TEST_USERNAME,
				apiKey: TEST_API_KEY,
				baseUrl,
				...options.credentials,
			},
		},
		hooks,
	);
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: start, data: { main: [[{ json: {} }]] }, source: null }],
		},
	});

	try {
		await new WorkflowExecute(
			additionalData,
			options.mode ?? 'manual',
			runExecutionData,
		).processRunExecutionData(workflow);
		const run = await finished;
		const taskData = run.data.resultData.runData.ClickSend?.[0];
		const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
		return { items: outputs[0] ?? [], outputs, error: run.data.resultData.error, run };
	} finally {
		inputItemsByRun.delete(runId);
	}
}

/** A resource locator's value "By ID", as the editor saves it (the value as given: tests map bad ones). */
export const byId = (value: unknown) =>
	({ __rl: true, mode: 'id', value }) as INodeParameterResourceLocator;

/** A resource locator's value picked "From List", as the editor saves it. */
export const fromList = (value: unknown) =>
	({ __rl: true, mode: 'list', value }) as INodeParameterResourceLocator;
