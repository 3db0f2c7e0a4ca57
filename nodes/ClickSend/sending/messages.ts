import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { asItemError, errorItem, type ItemError } from '../execution/itemErrors';
import { responseData } from '../../transport/envelope';
import {
	explainResponseCode,
	mayHaveBeenAccepted,
	neverReachedClickSend,
} from '../../transport/errors';
import { clickSendRequest } from '../../transport/request';
import { itemsToSkip, recordSent } from './alreadySent';
import { chunk, mapResultsToRecipients, type Recipient } from './batch';
import { checkSpend, type PriceQuote, type SendGuards } from './spendGuard';

/**
 * Batched message operations (SMS, MMS, voice, fax, letters, postcards, and their price checks):
 * every input item becomes one message; the messages go to ClickSend in requests of up to
 * `batchSize`; each message's result comes back on its own item, in input order, paired to its
 * input. When something fails and the run stops, the error says, in ranges of input items, which
 * were accepted, which failed (or may have been accepted) and which were never sent.
 *
 * Sends can be guarded (fields/sendGuards.ts): items already sent by an earlier run are skipped
 * (alreadySent.ts), and a run over Max Messages / Max Cost per Run is refused before anything is
 * sent (spendGuard.ts).
 */

export interface PreparedMessage {
	/** One entry of the request's `messages[]` (or `recipients[]`). */
	message: IDataObject;
	recipient: Recipient;
	/** The item's Already Sent Key; default: the message itself (see `defaultSendKey`). */
	sendKey?: string;
}

export type BatchEntry = PreparedMessage & { itemIndex: number };

export interface BatchedMessagesOptions {
	/** e.g. `/sms/send` or `/sms/price`. */
	path: string;
	batchSize: number;
	/** Whether the requests send (true) or only price (false: retried like reads, nothing to report). */
	sends: boolean;
	/** Builds and checks one item's message; throws NodeOperationError naming the bad field. */
	prepare: (itemIndex: number) => PreparedMessage | Promise<PreparedMessage>;
	/** Messages with different keys never share a request (e.g. faxes of different documents). */
	groupKey?: (entry: BatchEntry) => string;
	/**
	 * The body of one request; default `{ messages }`. It may make requests first (e.g. upload the
	 * batch's document); if it fails, nothing of the batch was sent.
	 */
	requestBody?: (batch: BatchEntry[]) => Promise<IDataObject>;
	/** Where ClickSend lists the per-message results under `data`; default `messages`. */
	resultsKey?: string;
	/** Where users check what was sent, e.g. "SMS history". */
	historyName: string;
	/** The run's guards (sends only); default: none. */
	guards?: SendGuards;
	/** Where the same requests are priced, for Max Cost per Run and to count a list's contacts. */
	pricePath?: string;
	/** What identifies an item's message without an Already Sent Key; default: the request entry. Document sends add the file. */
	defaultSendKey?: (entry: BatchEntry) => string;
}

/**
 * What happened to one input item of a send: every output item carries it as `sendState` (on the
 * error output, where n8n keeps only `error` and `details`, as `details.sendState`), and the
 * error of a stopped run sums it up. `accepted`: ClickSend took the message; `refused`: ClickSend
 * answered and did not take it; `uncertain`: the request failed without a clear answer (5xx,
 * dropped connection, timeout), so ClickSend may have taken it; `notSent`: it never reached
 * ClickSend (bad input, a connection never made, the run stopped first); `skipped`: Skip Items
 * Already Sent.
 */
export type SendState = 'accepted' | 'refused' | 'uncertain' | 'notSent' | 'skipped';

const STATE_WORDS: Record<SendState, string> = {
	skipped: 'skipped (already sent)',
	accepted: 'accepted by ClickSend',
	refused: 'not accepted',
	uncertain: 'may have been accepted (the request failed without a clear answer)',
	notSent: 'not sent',
};

/** The state of the items of a request that failed: `sending` once the request itself started. */
export function failedSendState(caught: unknown, sending: boolean): SendState {
	if (sending && mayHaveBeenAccepted(caught)) return 'uncertain';
	return !sending || neverReachedClickSend(caught) ? 'notSent' : 'refused';
}

/**
 * The error of one item whose request failed without a clear answer: it says the message may
 * have been accepted and to check the history first (the cause follows in the description).
 */
export function uncertainItemError(
	context: IExecuteFunctions,
	cause: ItemError,
	itemIndex: number,
	historyName: string,
): NodeApiError {
	const message =
		'ClickSend may have accepted this message, but the request failed without a clear answer';
	const description = `Check the ${historyName} before running the workflow again, or the message may be sent twice. What failed: ${cause.message}.`;
	const error = new NodeApiError(context.getNode(), { message: cause.message } as JsonObject, {
		message,
		description,
		httpCode: cause instanceof NodeApiError ? (cause.httpCode ?? undefined) : undefined,
		itemIndex,
	});
	error.message = message;
	error.description = description;
	return error;
}

/** `0–999 accepted by ClickSend; 1000–1999 may have been accepted …; 2000–2499 not sent`. */
export function describeItemStates(states: SendState[]): string {
	const parts: string[] = [];
	let start = 0;
	for (let index = 1; index <= states.length; index++) {
		if (index < states.length && states[index] === states[start]) continue;
		const range = index - 1 === start ? `item ${start}` : `items ${start}–${index - 1}`;
		parts.push(`${range}: ${STATE_WORDS[states[start]]}`);
		start = index;
	}
	return parts.join('; ');
}

export function messageError(
	context: IExecuteFunctions,
	result: IDataObject,
	itemIndex: number,
): NodeApiError {
	const status = String(result.status);
	// `to` for SMS/MMS/voice/fax, `list_id` for lists, `address_name` for letters and postcards.
	const recipient = result.to
		? ` to ${String(result.to)}`
		: result.list_id
			? ` to list ${String(result.list_id)}`
			: result.address_name
				? ` to ${String(result.address_name)}`
				: '';
	const known = explainResponseCode(status);
	const message = `ClickSend did not accept the message${recipient} (${status})`;
	const description = known
		? [known.problem, known.fix].filter(Boolean).join('. ')
		: `Check the recipient and the message: ClickSend answered ${status}.`;
	const error = new NodeApiError(
		context.getNode(),
		{
			response_code: status,
			response_msg: `Message${recipient} not accepted`,
			data: result as JsonObject,
		},
		{ message, description, itemIndex },
	);
	error.message = message;
	error.description = description;
	return error;
}

const isAccepted = (result: IDataObject) =>
	result.status === undefined || result.status === 'SUCCESS';

/** The output of one message: its result, or an error, and its send state. */
function outcomeOf(
	context: IExecuteFunctions,
	entry: BatchEntry,
	results: IDataObject[],
): { json: IDataObject; error?: ItemError; state: SendState } {
	const { itemIndex, recipient } = entry;
	if (recipient.listId === undefined) {
		const [result] = results;
		if (!result) {
			return {
				json: {},
				state: 'uncertain',
				error: new NodeOperationError(
					context.getNode(),
					'ClickSend returned no result for this message',
					{
						description:
							'ClickSend answered the request but listed no message for this recipient (it may have been blocked). Check the message history in ClickSend before sending again.',
						itemIndex,
					},
				),
			};
		}
		return isAccepted(result)
			? { json: { ...result }, state: 'accepted' }
			: { json: { ...result }, state: 'refused', error: messageError(context, result, itemIndex) };
	}
	const acceptedCount = results.filter(isAccepted).length;
	const json: IDataObject = {
		list_id: recipient.listId,
		message_count: results.length,
		accepted_count: acceptedCount,
		failed_count: results.length - acceptedCount,
		messages: results,
	};
	if (!results.length) {
		return {
			json,
			state: 'refused',
			error: new NodeOperationError(
				context.getNode(),
				`Contact list ${String(recipient.listId)} produced no messages`,
				{
					description:
						'The list may be empty, or none of its contacts has a phone number. Check the list in ClickSend.',
					itemIndex,
				},
			),
		};
	}
	return acceptedCount
		? { json, state: 'accepted' }
		: { json, state: 'refused', error: messageError(context, results[0], itemIndex) };
}

/** Adds the per-item summary to an error that stops a send run. */
export function withSummary(error: ItemError, states: SendState[], historyName: string): ItemError {
	if (!states.some((state) => state === 'accepted' || state === 'uncertain')) {
		error.description = `${error.description ?? ''} Nothing of this run was sent.`.trim();
		return error;
	}
	error.description =
		`${error.description ?? ''} What happened to the input items — ${describeItemStates(states)}. Check the ${historyName} before running the workflow again, or messages may be sent twice.`.trim();
	return error;
}

/** Prices every batch of the run at `pricePath` (nothing is sent) and adds the totals up. */
async function priceRun(
	this: IExecuteFunctions,
	options: BatchedMessagesOptions,
	batches: BatchEntry[][],
	bodyOf: (batch: BatchEntry[]) => Promise<IDataObject>,
): Promise<PriceQuote> {
	const quote: PriceQuote = { price: 0, messages: 0, currency: '' };
	if (!options.pricePath) return quote;
	for (const batch of batches) {
		const envelope = await clickSendRequest.call(this, {
			method: 'POST',
			path: options.pricePath,
			body: await bodyOf(batch),
			idempotent: true,
			itemIndex: batch[0].itemIndex,
		});
		const data = responseData(envelope);
		const listed = data[options.resultsKey ?? 'messages'];
		quote.price += Number(data.total_price ?? 0);
		quote.messages += Number(
			data.total_count ?? (Array.isArray(listed) ? listed.length : batch.length),
		);
		quote.currency ||= String(
			(data._currency as IDataObject | undefined)?.currency_name_short ?? '',
		);
	}
	return quote;
}

export async function runBatchedMessages(
	this: IExecuteFunctions,
	options: BatchedMessagesOptions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const continueOnFail = this.continueOnFail();
	const output: INodeExecutionData[] = new Array(items.length);
	const states: SendState[] = new Array(items.length).fill('notSent');
	const stop = (error: ItemError): never => {
		throw options.sends ? withSummary(error, states, options.historyName) : error;
	};
	// Sends say what happened to every item (`sendState`); price checks send nothing.
	const stateOf = (itemIndex: number): IDataObject =>
		options.sends ? { sendState: states[itemIndex] } : {};

	// Every item is checked before the first request.
	const queue: BatchEntry[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			queue.push({ ...(await options.prepare(itemIndex)), itemIndex });
		} catch (caught) {
			const error = asItemError(this, caught, itemIndex);
			if (!continueOnFail) throw error;
			output[itemIndex] = errorItem(this, error, itemIndex, stateOf(itemIndex));
		}
	}

	const guards = options.sends ? options.guards : undefined;
	const keys = new Map<number, string>();
	if (guards?.skipAlreadySent) {
		const sendKey = (entry: BatchEntry) => {
			const own =
				entry.sendKey ??
				options.defaultSendKey?.(entry) ??
				JSON.stringify({ ...entry.message, source: undefined });
			return `${options.path} ${own}`;
		};
		for (const entry of queue) keys.set(entry.itemIndex, sendKey(entry));
		const skip = await itemsToSkip(
			this,
			queue.map((entry) => ({ itemIndex: entry.itemIndex, key: keys.get(entry.itemIndex)! })),
		);
		for (const entry of queue.filter((candidate) => skip.has(candidate.itemIndex))) {
			queue.splice(queue.indexOf(entry), 1);
			states[entry.itemIndex] = 'skipped';
			output[entry.itemIndex] = {
				json: {
					skipped: true,
					reason: skip.get(entry.itemIndex)!,
					...entry.recipient,
					...stateOf(entry.itemIndex),
				},
				pairedItem: { item: entry.itemIndex },
			};
		}
	}

	const groups = new Map<string, BatchEntry[]>();
	for (const entry of queue) {
		const key = options.groupKey?.(entry) ?? '';
		if (!groups.has(key)) groups.set(key, []);
		groups.get(key)!.push(entry);
	}
	const batches = [...groups.values()].flatMap((group) => chunk(group, options.batchSize));
	const bodyOf = async (batch: BatchEntry[]) =>
		options.requestBody
			? await options.requestBody(batch)
			: { messages: batch.map((entry) => entry.message) };

	if (guards && (guards.maxMessages > 0 || guards.maxCost > 0) && batches.length) {
		await checkSpend(this, guards, {
			messages: queue.filter((entry) => entry.recipient.listId === undefined).length,
			sendsToLists: queue.some((entry) => entry.recipient.listId !== undefined),
			price: async (): Promise<PriceQuote> => await priceRun.call(this, options, batches, bodyOf),
		});
	}

	for (const batch of batches) {
		let results: IDataObject[];
		let sending = false;
		try {
			const body = await bodyOf(batch);
			sending = true;
			const envelope = await clickSendRequest.call(this, {
				method: 'POST',
				path: options.path,
				body,
				idempotent: !options.sends,
				itemIndex: batch[0].itemIndex,
			});
			const listed = responseData(envelope)[options.resultsKey ?? 'messages'];
			results = Array.isArray(listed) ? (listed as IDataObject[]) : [];
		} catch (caught) {
			const error = asItemError(this, caught, batch[0].itemIndex);
			const state = failedSendState(caught, sending);
			for (const entry of batch) states[entry.itemIndex] = state;
			if (!continueOnFail) stop(error);
			for (const { itemIndex } of batch) {
				const itemError =
					options.sends && state === 'uncertain'
						? uncertainItemError(this, error, itemIndex, options.historyName)
						: error;
				output[itemIndex] = errorItem(this, itemError, itemIndex, stateOf(itemIndex));
			}
			continue;
		}
		const perMessage = mapResultsToRecipients(
			batch.map((entry) => entry.recipient),
			results,
		);
		const failures: Array<{ entry: BatchEntry; error: ItemError; json: IDataObject }> = [];
		batch.forEach((entry, n) => {
			const { json, error, state } = outcomeOf(this, entry, perMessage[n]);
			states[entry.itemIndex] = state;
			if (error) failures.push({ entry, error, json });
			else
				output[entry.itemIndex] = {
					json: { ...json, ...stateOf(entry.itemIndex) },
					pairedItem: { item: entry.itemIndex },
				};
		});
		if (guards?.skipAlreadySent) {
			await recordSent(
				this,
				batch
					.filter((entry) => states[entry.itemIndex] === 'accepted')
					.map((entry) => keys.get(entry.itemIndex)!),
			);
		}
		if (failures.length && !continueOnFail) stop(failures[0].error);
		for (const { entry, error, json } of failures) {
			output[entry.itemIndex] = errorItem(this, error, entry.itemIndex, {
				...json,
				...stateOf(entry.itemIndex),
			});
		}
	}
	return [output.filter((item) => item !== undefined)];
}
