import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import {
	additionalDataFor,
	CLICKSEND_NODE_TYPE,
	CREDENTIAL_TYPE,
	TEST_API_KEY,
	TEST_USERNAME,
	TestNodeTypes,
} from './engine';

/**
 * Calls a ClickSend node method (a loadOptions dropdown or a listSearch of a resource locator)
 * the way the n8n editor does: through n8n-core's LoadOptionsContext, with the node's current
 * parameters.
 */
function loadOptionsContext(
	baseUrl: string,
	parameters: INodeParameters,
	credentials?: IDataObject,
) {
	const node: INode = {
		id: 'clicksend',
		name: 'ClickSend',
		type: CLICKSEND_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: '1', name: 'ClickSend account' } },
	};
	const nodeTypes = new TestNodeTypes();
	const workflow = new Workflow({
		id: 'methods',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: false,
	});
	const hooks = new ExecutionLifecycleHooks('internal', 'methods', {} as never);
	const additionalData = additionalDataFor(
		{
			[CREDENTIAL_TYPE]: { username: TEST_USERNAME, apiKey: TEST_API_KEY, baseUrl, ...credentials },
		},
		hooks,
	);
	additionalData.currentNodeParameters = parameters;
	return { context: new LoadOptionsContext(workflow, node, additionalData, ''), nodeTypes };
}

export async function loadOptions(
	baseUrl: string,
	method: string,
	parameters: INodeParameters = {},
): Promise<INodePropertyOptions[]> {
	const { context, nodeTypes } = loadOptionsContext(baseUrl, parameters);
	const fn = nodeTypes.getByNameAndVersion(CLICKSEND_NODE_TYPE).methods?.loadOptions?.[method];
	if (!fn) throw new Error(`ClickSend has no loadOptions method ${method}`);
	return await fn.call(context);
}

export async function listSearch(
	baseUrl: string,
	method: string,
	filter?: string,
	paginationToken?: string,
	parameters: INodeParameters = {},
): Promise<INodeListSearchResult> {
	const { context, nodeTypes } = loadOptionsContext(baseUrl, parameters);
	const fn = nodeTypes.getByNameAndVersion(CLICKSEND_NODE_TYPE).methods?.listSearch?.[method];
	if (!fn) throw new Error(`ClickSend has no listSearch method ${method}`);
	return await fn.call(context, filter, paginationToken);
}
