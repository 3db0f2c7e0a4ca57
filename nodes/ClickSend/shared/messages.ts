import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { chunk, mapResultsToRecipients, type Recipient } from './batch';
import { describeResponseCode } from './errors';
import { clickSendRequest } from './transport';

/**
 * Batched message operations (SMS, fax, letters, postcards; MMS and voice can reuse it): every input item becomes one
 * message, the messages go to ClickSend in requests of up to `batchSize`, and each message's
 * result comes back on its own item, in input order, paired to its input.
 */

export interface PreparedMessage {
	/** One entry of the request's `messages[]`. */
	message: IDataObject;
	recipient: Recipient;
}

export interface BatchedMessagesOptions {
	/** e.g. `/sms/send` or `/sms/price`. */
	path: string;
	batchSize: number;
	/**
	 * Whether the request sends messages (true) or only prices them. A failure after messages
	 * were sent says so, so nobody re-runs the workflow and sends them twice.
	 */
	sends: boolean;
	/** Builds and validates one item's message; throws NodeOperationError on bad input. */
	prepare: (itemIndex: number) => PreparedMessage | Promise<PreparedMessage>;
	/**
	 * Messages with different keys never share a request (e.g. faxes of different documents);
	 * default: all messages may share one.
	 */
	groupKey?: (prepared: PreparedMessage, itemIndex: number) => string;
	/**
	 * The body of one request; default `{ messages }`. It may make requests first (e.g. upload the
	 * batch's document); if it fails, the batch's items fail and nothing of the batch was sent.
	 */
	requestBody?: (batch: Array<PreparedMessage & { itemIndex: number }>) => Promise<IDataObject>;
	/** Where ClickSend lists the per-message results under `data`; default `messages`. */
	resultsKey?: string;
	/** Where users check what was sent, for the "may be sent twice" warnings; default `SMS history`. */
	historyName?: string;
}

type ItemError = NodeApiError | NodeOperationError;

/**
 * The output item of a failed message or request under Continue On Fail.
 *
 * n8n-core replaces the JSON of any item that has `error` set with `{ error: message }`
 * (WorkflowExecute.normalizeNodeErrors), which would drop ClickSend's result (status, to,
 * message_id…). So the error travels in the JSON only:
 * - On Error → Continue (regular output): `{ ...result, error, error_description }`.
 * - On Error → Continue (using error output): `{ error, details: { ...result, description } }`;
 *   n8n routes an item whose JSON holds only error/message/details to the error output (and
 *   merges in the input item's JSON).
 */
function errorItem(this: IExecuteFunctions, error: ItemError, itemIndex: number, result: IDataObject = {}): INodeExecutionData {
	const description = error.description ?? undefined;
	const json: IDataObject =
		this.getNode().onError === 'continueErrorOutput'
			? { error: error.message, details: { ...result, description } }
			: { ...result, error: error.message, error_description: description };
	return { json, pairedItem: { item: itemIndex } };
}

/** The error of a message ClickSend did not accept (status other than SUCCESS). */
function messageError(this: IExecuteFunctions, result: IDataObject, itemIndex: number): NodeApiError {
	const status = String(result.status);
	// `to` for SMS/MMS/voice/fax, `address_name` for letters and postcards.
	const recipient = result.to
		? ` to ${String(result.to)}`
		: result.list_id
			? ` to list ${String(result.list_id)}`
			: result.address_name
				? ` to ${String(result.address_name)}`
				: '';
	return new NodeApiError(
		this.getNode(),
		{ response_code: status, response_msg: `Message${recipient} not accepted`, data: result as JsonObject },
		{
			message: `ClickSend: ${status} - the message${recipient} was not accepted`,
			description: describeResponseCode(status) ?? `ClickSend answered ${status} for this message.`,
			itemIndex,
		},
	);
}

const accepted = (result: IDataObject) => result.status === undefined || result.status === 'SUCCESS';

/** The output item of one message: its result, or an error. */
function outcomeOf(
	this: IExecuteFunctions,
	prepared: PreparedMessage,
	results: IDataObject[],
	itemIndex: number,
): { json: IDataObject; error?: ItemError } {
	if (prepared.recipient.listId === undefined) {
		const [result] = results;
		if (!result) {
			return {
				json: {},
				error: new NodeOperationError(this.getNode(), 'ClickSend returned no result for this message', {
					description:
						'ClickSend answered the request but listed no message for this recipient (it may have been blocked). Check the message history in ClickSend before sending again.',
					itemIndex,
				}),
			};
		}
		return { json: { ...result }, error: accepted(result) ? undefined : messageError.call(this, result, itemIndex) };
	}
	const acceptedCount = results.filter(accepted).length;
	const json: IDataObject = {
		list_id: prepared.recipient.listId,
		message_count: results.length,
		accepted_count: acceptedCount,
		failed_count: results.length - acceptedCount,
		messages: results,
	};
	if (!results.length) {
		return {
			json,
			error: new NodeOperationError(this.getNode(), `Contact list ${String(prepared.recipient.listId)} produced no messages`, {
				description: 'The list may be empty, or none of its contacts has a phone number. Check the list in ClickSend.',
				itemIndex,
			}),
		};
	}
	return { json, error: acceptedCount ? undefined : messageError.call(this, results[0], itemIndex) };
}

function warnAlreadySent(error: ItemError, acceptedSoFar: number, historyName = 'SMS history'): ItemError {
	if (acceptedSoFar > 0) {
		error.description = `${error.description ?? ''} Note: ClickSend already accepted ${acceptedSoFar} message(s) of this run (other items, earlier requests). Check the ${historyName} before running the workflow again, or those messages will be sent twice.`.trim();
	}
	return error;
}

/**
 * A send request that failed with a server error or a lost connection may still have been
 * processed by ClickSend: say so (a 4xx means it was refused, nothing sent).
 */
function warnMaybeSent(error: ItemError): ItemError {
	const status = Number((error as NodeApiError).httpCode);
	if (!(status >= 400 && status < 500)) {
		error.description = `${error.description ?? ''} ClickSend may have accepted this request's messages before the error, so they are not sent again automatically.`.trim();
	}
	return error;
}

export async function runBatchedMessages(
	this: IExecuteFunctions,
	options: BatchedMessagesOptions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const continueOnFail = this.continueOnFail();
	const output: INodeExecutionData[] = new Array(items.length);
	const queue: Array<PreparedMessage & { itemIndex: number }> = [];

	// Validate every item before the first request.
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			queue.push({ ...(await options.prepare(itemIndex)), itemIndex });
		} catch (caught) {
			const error =
				caught instanceof NodeOperationError || caught instanceof NodeApiError
					? caught
					: new NodeOperationError(this.getNode(), caught as Error, { itemIndex });
			if (!continueOnFail) throw error;
			output[itemIndex] = errorItem.call(this, error, itemIndex);
		}
	}

	const groups = new Map<string, typeof queue>();
	for (const prepared of queue) {
		const key = options.groupKey?.(prepared, prepared.itemIndex) ?? '';
		if (!groups.has(key)) groups.set(key, []);
		groups.get(key)!.push(prepared);
	}
	const batches = [...groups.values()].flatMap((group) => chunk(group, options.batchSize));

	let acceptedSoFar = 0;
	for (const batch of batches) {
		let body: IDataObject;
		try {
			body = options.requestBody
				? await options.requestBody(batch)
				: { messages: batch.map((prepared) => prepared.message) };
		} catch (error) {
			const failure = options.sends ? warnAlreadySent(error as ItemError, acceptedSoFar, options.historyName) : (error as ItemError);
			if (!continueOnFail) throw failure;
			for (const prepared of batch) output[prepared.itemIndex] = errorItem.call(this, failure, prepared.itemIndex);
			continue;
		}
		let results: IDataObject[];
		try {
			const envelope = await clickSendRequest.call(this, {
				method: 'POST',
				path: options.path,
				body,
				itemIndex: batch[0].itemIndex,
			});
			results = ((envelope.data as IDataObject | undefined)?.[options.resultsKey ?? 'messages'] ?? []) as IDataObject[];
		} catch (error) {
			const failure = options.sends
				? warnAlreadySent(warnMaybeSent(error as ItemError), acceptedSoFar, options.historyName)
				: (error as ItemError);
			if (!continueOnFail) throw failure;
			for (const prepared of batch) output[prepared.itemIndex] = errorItem.call(this, failure, prepared.itemIndex);
			continue;
		}
		const perMessage = mapResultsToRecipients(
			batch.map((prepared) => prepared.recipient),
			results,
		);
		acceptedSoFar += results.filter(accepted).length;
		batch.forEach((prepared, n) => {
			const { json, error } = outcomeOf.call(this, prepared, perMessage[n], prepared.itemIndex);
			if (!error) {
				output[prepared.itemIndex] = { json, pairedItem: { item: prepared.itemIndex } };
				return;
			}
			if (!continueOnFail) throw options.sends ? warnAlreadySent(error, acceptedSoFar, options.historyName) : error;
			output[prepared.itemIndex] = errorItem.call(this, error, prepared.itemIndex, json);
		});
	}
	return [output];
}
