import type { IDataObject } from 'n8n-workflow';

/** How long a delivered event is remembered, and how many are kept at most. */
export const DEDUPE_WINDOW_SECONDS = 24 * 60 * 60;
export const DEDUPE_MAX_KEYS = 1000;

/**
 * Remembers recently seen event keys in a plain object (the node's static data), so that an
 * event ClickSend delivers twice starts one run. Returns true when `key` is new (and records it),
 * false when it was seen within the window. Old and surplus keys are dropped.
 */
export function rememberEvent(store: IDataObject, key: string, nowSeconds: number): boolean {
	const seen = ((store.seen as IDataObject | undefined) ?? {}) as Record<string, number>;
	const cutoff = nowSeconds - DEDUPE_WINDOW_SECONDS;
	const kept: Array<[string, number]> = Object.entries(seen).filter(([, at]) => at > cutoff);
	const isNew = !kept.some(([seenKey]) => seenKey === key);
	if (isNew) kept.push([key, nowSeconds]);
	kept.sort((a, b) => a[1] - b[1]);
	store.seen = Object.fromEntries(kept.slice(-DEDUPE_MAX_KEYS));
	return isNew;
}
