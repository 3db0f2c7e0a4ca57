import { ExecuteContext, ExecutionLifecycleHooks, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteData,
	INode,
	INodeCredentialTestResult,
	INodeType,
} from 'n8n-workflow';
import { createRunExecutionData, NodeConnectionTypes, Workflow } from 'n8n-workflow';

import {
	additionalDataFor,
	CREDENTIAL_TYPE,
	credentialTypes,
	TEST_API_KEY,
	TEST_USERNAME,
	TestNodeTypes,
} from './engine';

/**
 * Runs the credential's `test` the way n8n's CredentialsTester does for a credential-level test
 * request: a temporary no-op node whose only property routes to the test request, executed by
 * n8n-core's RoutingNode; a thrown error becomes `{status: 'Error', message}` with the matching
 * `responseCode` rule's message, or the HTTP status text.
 */
export async function testCredential(
	data: ICredentialDataDecryptedObject,
): Promise<INodeCredentialTestResult> {
	const credentialType = credentialTypes[CREDENTIAL_TYPE];
	const testRequest = credentialType.test!;
	const nodeType: INodeType = {
		description: {
			displayName: 'No Operation',
			name: 'noOp',
			group: ['organization'],
			version: 1,
			description: 'Credential test carrier',
			defaults: { name: 'Temp-Node' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: CREDENTIAL_TYPE, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					default: '',
					routing: { request: testRequest.request },
				},
			],
		},
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'test.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'ClickSend account' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes({ 'test.noOp': nodeType }),
	});
	const additionalData = additionalDataFor(
		{ [CREDENTIAL_TYPE]: data },
		new ExecutionLifecycleHooks('internal', 'credential-test', {} as never),
	);
	const executeData: IExecuteData = { node, data: {}, source: null };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		executeData,
		[],
	);
	const decrypted = await additionalData.credentialsHelper.getDecrypted(
		additionalData,
		{ id: '1', name: 'ClickSend account' },
		CREDENTIAL_TYPE,
		'internal',
	);
	try {
		await new RoutingNode(context, nodeType, {
			id: '1',
			name: 'ClickSend account',
			type: CREDENTIAL_TYPE,
			data: decrypted,
		}).runNode();
	} catch (error) {
		const response = (error as { cause?: { response?: { status: number; statusText?: string } } })
			.cause?.response;
		if (response) {
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === response.status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return {
				status: 'Error',
				message: response.statusText || `Received HTTP status code: ${response.status}`,
			};
		}
		return { status: 'Error', message: (error as Error).message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/**
 * A real n8n-core ExecuteContext for the ClickSend node (credential pointing at `baseUrl`), for
 * calling shared transport functions directly as a programmatic operation would.
 */
export function clickSendExecuteContext(
	baseUrl: string,
	credentials: IDataObject = {},
): ExecuteContext {
	const node: INode = {
		id: 'clicksend',
		name: 'ClickSend',
		type: 'n8n-nodes-clicksend-suite.clickSend',
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource: 'account', operation: 'get' },
		credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'ClickSend account' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes(),
	});
	const additionalData = additionalDataFor(
		{
			[CREDENTIAL_TYPE]: { username: TEST_USERNAME, apiKey: TEST_API_KEY, baseUrl, ...credentials },
		},
		new ExecutionLifecycleHooks('manual', 'transport', {} as never),
	);
	return new ExecuteContext(
		workflow,
		node,
		additionalData,
		'manual',
		createRunExecutionData(),
		0,
		[{ json: {} }],
		{ main: [[{ json: {} }]] },
		{ node, data: { main: [[{ json: {} }]] }, source: null },
		[],
	);
}
