import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * Old layout, kept only for resources not yet moved to actions/ (Return Address uses forEachItem).
 * The contact fields, pickers and checks moved to fields/contact.ts; per-item execution is the
 * router's (actions/router.ts). Delete this file with the last resource that imports it.
 */

/**
 * Runs a programmatic operation one input item at a time: each result becomes one output item
 * paired with its input item. With Continue On Fail, a failed item outputs `{ error }` and the
 * others go on; otherwise the error (a NodeApiError/NodeOperationError) stops the node.
 */
export async function forEachItem(
	this: IExecuteFunctions,
	handle: (itemIndex: number) => Promise<IDataObject>,
): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const items = this.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push({
				json: await handle(itemIndex),
				pairedItem: { item: itemIndex },
			});
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), error, itemIndex);
			output.push({
				json: { error: (error as Error).message },
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [output];
}

function asNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}
