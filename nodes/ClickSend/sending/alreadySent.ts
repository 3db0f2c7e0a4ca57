import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Which messages this node already sent, in n8n's own deduplication store (the one behind the
 * Remove Duplicates node: in n8n's database, shared by workers in queue mode), scoped to this node
 * of this workflow. A key is recorded only after ClickSend accepted its message, so a run that
 * stops (or crashes) half-way never marks unsent messages as sent.
 */
const STORE = { mode: 'entries', maxEntries: 100_000 } as const;

/** The keys among `keys` recorded by earlier runs. Records nothing. */
export async function alreadySentKeys(
	context: IExecuteFunctions,
	keys: string[],
): Promise<Set<string>> {
	if (!keys.length) return new Set();
	// The store has no read-only check: check-and-record, then take back what was new.
	const checked = await context.helpers.checkProcessedAndRecord(keys, 'node', STORE);
	if (checked.new.length) await context.helpers.removeProcessed(checked.new, 'node', STORE);
	return new Set(checked.processed.map(String));
}

/** Remembers the keys of messages ClickSend accepted. */
export async function recordSent(context: IExecuteFunctions, keys: string[]): Promise<void> {
	if (keys.length) await context.helpers.checkProcessedAndRecord(keys, 'node', STORE);
}

/** Why an item is not sent: its message was sent by an earlier run, or repeats an earlier item of this run. */
export type SkipReason = 'already sent' | `same message as item ${number}`;

/**
 * Which of the run's items to skip, by key: those whose key an earlier run recorded, and those
 * repeating the key of an earlier item of this run (the first one is sent). Records nothing.
 */
export async function itemsToSkip(
	context: IExecuteFunctions,
	keyed: Array<{ itemIndex: number; key: string }>,
): Promise<Map<number, SkipReason>> {
	const sentBefore = await alreadySentKeys(context, [...new Set(keyed.map(({ key }) => key))]);
	const firstWithKey = new Map<string, number>();
	const skip = new Map<number, SkipReason>();
	for (const { itemIndex, key } of keyed) {
		const earlier = firstWithKey.get(key);
		if (sentBefore.has(key)) skip.set(itemIndex, 'already sent');
		else if (earlier !== undefined) skip.set(itemIndex, `same message as item ${earlier}`);
		else firstWithKey.set(key, itemIndex);
	}
	return skip;
}
