import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { asItemError, errorItem } from '../execution/itemErrors';
import { responseData } from '../../transport/envelope';
import { clickSendRequest, type ClickSendRequest } from '../../transport/request';
import { itemsToSkip, recordSent } from './alreadySent';
import { failedSendState, uncertainItemError, withSummary, type SendState } from './messages';
import { checkSpend, type PriceQuote, type SendGuards } from './spendGuard';

/**
 * Sends that cost one request per input item (a campaign per item: SMS Campaign and MMS Campaign
 * → Send). As with batched sends, every item is checked before the first request; then the items
 * are sent one after another, each output item holding ClickSend's `data` for its own request and
 * paired with its input. A send is never repeated where ClickSend may have accepted it (the
 * transport's rule). When an item fails and the run stops, the error says, in ranges of input
 * items, which were accepted, which failed (or may have been accepted) and which were never sent.
 */

/** One item's send, once checked: builds its request (it may make requests first, e.g. upload the item's image; if that fails, nothing of the item was sent). */
export type ItemSend = () => Promise<ClickSendRequest>;

export interface ItemSendsOptions {
	/** Reads and checks one item (throws NodeOperationError naming the bad field) and returns its send. */
	prepare: (itemIndex: number) => ItemSend | Promise<ItemSend>;
	/** Where users check what was sent, e.g. "SMS campaigns". */
	historyName: string;
	/** The run's send guards (fields/sendGuards.ts); default: none. */
	guards?: SendGuards;
	/** An item's Already Sent Key (for Skip Items Already Sent), after it was prepared. */
	keyOf?: (itemIndex: number) => string;
	/** ClickSend's price of one item's send (for Max Cost per Run), after it was prepared. */
	priceOf?: (itemIndex: number) => Promise<PriceQuote>;
}

export async function runItemSends(
	this: IExecuteFunctions,
	options: ItemSendsOptions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const continueOnFail = this.continueOnFail();
	const output: INodeExecutionData[] = new Array(items.length);
	const states: SendState[] = new Array(items.length).fill('notSent');

	const queue: Array<{ itemIndex: number; send: ItemSend }> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			queue.push({ itemIndex, send: await options.prepare(itemIndex) });
		} catch (caught) {
			const error = asItemError(this, caught, itemIndex);
			if (!continueOnFail) throw error;
			output[itemIndex] = errorItem(this, error, itemIndex, { sendState: 'notSent' });
		}
	}

	const guards = options.guards;
	if (guards?.skipAlreadySent && options.keyOf) {
		const skip = await itemsToSkip(
			this,
			queue.map(({ itemIndex }) => ({ itemIndex, key: options.keyOf!(itemIndex) })),
		);
		for (const entry of queue.filter(({ itemIndex }) => skip.has(itemIndex))) {
			queue.splice(queue.indexOf(entry), 1);
			states[entry.itemIndex] = 'skipped';
			output[entry.itemIndex] = {
				json: { skipped: true, reason: skip.get(entry.itemIndex)!, sendState: 'skipped' },
				pairedItem: { item: entry.itemIndex },
			};
		}
	}
	if (guards && (guards.maxMessages > 0 || guards.maxCost > 0) && queue.length) {
		await checkSpend(this, guards, {
			messages: queue.length,
			sendsToLists: false,
			price: async () => {
				const total: PriceQuote = { price: 0, messages: 0, currency: '' };
				for (const { itemIndex } of queue) {
					const quote = await options.priceOf!(itemIndex);
					total.price += quote.price;
					total.messages += quote.messages;
					total.currency ||= quote.currency;
				}
				return total;
			},
		});
	}

	for (const { itemIndex, send } of queue) {
		let sending = false;
		try {
			const request = await send();
			sending = true;
			const envelope = await clickSendRequest.call(this, { ...request, itemIndex });
			const data = responseData(envelope);
			states[itemIndex] = 'accepted';
			output[itemIndex] = {
				json: { ...data, sendState: 'accepted' },
				pairedItem: { item: itemIndex },
			};
			if (guards?.skipAlreadySent && options.keyOf)
				await recordSent(this, [options.keyOf(itemIndex)]);
		} catch (caught) {
			const error = asItemError(this, caught, itemIndex);
			states[itemIndex] = failedSendState(caught, sending);
			if (!continueOnFail) throw withSummary(error, states, options.historyName);
			const itemError =
				states[itemIndex] === 'uncertain'
					? uncertainItemError(this, error, itemIndex, options.historyName)
					: error;
			output[itemIndex] = errorItem(this, itemError, itemIndex, {
				sendState: states[itemIndex],
			});
		}
	}
	return [output.filter((item) => item !== undefined)];
}
