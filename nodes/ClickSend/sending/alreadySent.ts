import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Which messages this node already sent, in n8n's own deduplication store (the one behind the
 * Remove Duplicates node: in n8n's database, shared by workers in queue mode), scoped to this node
 * of this workflow. A key is recorded only after ClickSend accepted its message, so a run that
 * stops (or crashes) half-way never marks unsent messages as sent.
 */
const STORE = { mode: 'entries', maxEntries: 100_000 } as const;

/** The keys among `keys` recorded by earlier runs. Records nothing. */
export async function alreadySentKeys(context: IExecuteFunctions, keys: string[]): Promise<Set<string>> {
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
