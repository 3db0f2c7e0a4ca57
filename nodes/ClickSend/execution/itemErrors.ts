import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** The errors an operation throws for one item. */
export type ItemError = NodeApiError | NodeOperationError;

/** Any thrown value as an ItemError for `itemIndex` (n8n's own errors keep their message and description). */
export function asItemError(
	context: IExecuteFunctions,
	caught: unknown,
	itemIndex: number,
): ItemError {
	const error =
		caught instanceof NodeApiError || caught instanceof NodeOperationError
			? caught
			: new NodeOperationError(context.getNode(), caught as Error, { itemIndex });
	error.context.itemIndex ??= itemIndex;
	return error;
}

/**
 * When the node runs as an AI agent's tool, the model reads only the error's message: fold the
 * fix-it description into it, so the model is told what to change (e.g. the number's format).
 */
export function forCaller(context: IExecuteFunctions, error: ItemError): ItemError {
	if (
		context.getNode().type.endsWith('Tool') &&
		error.description &&
		!error.message.includes(error.description)
	) {
		error.message = `${error.message}. ${error.description}`;
	}
	return error;
}

/**
 * The output item of a failed item under Continue On Fail.
 *
 * n8n-core replaces the JSON of any item that has `error` set with `{ error: message }`
 * (WorkflowExecute.normalizeNodeErrors), which would drop ClickSend's result (status, to,
 * message_id…). So the error travels in the JSON only:
 * - On Error → Continue (regular output): `{ ...result, error, error_description }`.
 * - On Error → Continue (using error output): `{ error, details: { ...result, description } }`;
 *   n8n routes an item whose JSON holds only error/message/details to the error output (and
 *   merges in the input item's JSON).
 */
export function errorItem(
	context: IExecuteFunctions,
	error: ItemError,
	itemIndex: number,
	result: IDataObject = {},
): INodeExecutionData {
	const description = error.description ?? undefined;
	const json: IDataObject =
		context.getNode().onError === 'continueErrorOutput'
			? { error: error.message, details: { ...result, description } }
			: { ...result, error: error.message, error_description: description };
	return { json, pairedItem: { item: itemIndex } };
}
