import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The guards of a send, read from its Options (fields/sendGuards.ts): skip items already sent
 * (alreadySent.ts) and refuse a run over Max Messages / Max Cost per Run (checkSpend, below).
 */
export interface SendGuards {
	skipAlreadySent: boolean;
	/** 0 = no limit. */
	maxMessages: number;
	/** 0 = no limit. */
	maxCost: number;
}

/** What ClickSend says the run would cost (price endpoints: `total_price`, `total_count`, `_currency`). */
export interface PriceQuote {
	price: number;
	messages: number;
	currency: string;
}

export interface RunToCheck {
	/** Messages to phone numbers (one each). */
	messages: number;
	/** Whether any item goes to a contact list (its size is known only from ClickSend's price). */
	sendsToLists: boolean;
	/** Prices the whole run (nothing is sent). */
	price: () => Promise<PriceQuote>;
}

function refuse(context: IExecuteFunctions, message: string, description: string): never {
	throw new NodeOperationError(context.getNode(), message, { description });
}

const plural = (count: number, word: string) =>
	`${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/**
 * The spend guard: refuses the run before any message is sent when it would send more than Max
 * Messages Per Run, or cost more than Max Cost per Run (priced by ClickSend's price endpoint).
 */
export async function checkSpend(
	context: IExecuteFunctions,
	guards: SendGuards,
	run: RunToCheck,
): Promise<void> {
	const needsPrice = guards.maxCost > 0 || (guards.maxMessages > 0 && run.sendsToLists);
	const quote = needsPrice ? await run.price() : undefined;
	const messages = run.sendsToLists && quote ? quote.messages : run.messages;
	if (guards.maxMessages > 0 && messages > guards.maxMessages) {
		refuse(
			context,
			`This run would send ${plural(messages, 'message')}; Max Messages per Run is ${guards.maxMessages.toLocaleString('en-US')}`,
			'Nothing was sent. Raise Max Messages per Run in the Options of this node if the run is meant to be this large, or send fewer items (e.g. with a Limit or Filter node before this one).',
		);
	}
	if (guards.maxCost > 0 && quote && quote.price > guards.maxCost) {
		const currency = quote.currency ? ` ${quote.currency}` : '';
		refuse(
			context,
			`This run would cost ${quote.price.toFixed(2)}${currency} (ClickSend's price for ${plural(quote.messages, 'message')}); Max Cost per Run is ${guards.maxCost.toFixed(2)}${currency}`,
			'Nothing was sent. Raise Max Cost per Run in the Options of this node if the cost is expected, or send fewer or shorter messages.',
		);
	}
}
