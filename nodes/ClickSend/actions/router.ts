import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asItemError, errorItem, forCaller } from '../execution/itemErrors';
import { findOperation } from './resources';
import type { PerItemExecute } from './types';

async function runPerItem(
	this: IExecuteFunctions,
	execute: PerItemExecute,
): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await execute.call(this, itemIndex);
			for (const json of Array.isArray(result) ? result : [result])
				output.push({ json, pairedItem: { item: itemIndex } });
		} catch (caught) {
			const error = forCaller(this, asItemError(this, caught, itemIndex));
			if (!this.continueOnFail()) throw error;
			output.push(errorItem(this, error, itemIndex));
		}
	}
	return output;
}

/** The ClickSend node's execute: dispatches the chosen resource and operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const found = findOperation(resource, operation);
	if (!found) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of the resource "${resource}" is not supported`,
			{
				description: 'Pick a resource and an operation from the lists in the node.',
			},
		);
	}
	if (found.executeAll) {
		try {
			return await found.executeAll.call(this);
		} catch (caught) {
			throw forCaller(this, asItemError(this, caught, 0));
		}
	}
	return [await runPerItem.call(this, found.execute!)];
}
