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

/**
 * Recent event keys per trigger (workflow + node) in this n8n process. n8n 2.41 does not save
 * static data that `webhook()` changes when the delivery starts a run, so the static-data store
 * alone forgets every key; ClickSend redelivers within minutes, which this memory covers for as
 * long as the process runs. Static data is still written, for n8n versions that do save it.
 */
const recentKeysByActivation = new Map<string, IDataObject>();

/** Activations remembered at most; the oldest is forgotten first. */
const MAX_ACTIVATIONS = 200;

/**
 * True when `key` is new for this activation (and records it in both stores). `activation` is
 * the activation's secret: unique per activation and sent with every genuine delivery.
 */
export function rememberDelivery(activation: string, staticData: IDataObject, key: string, nowSeconds: number): boolean {
	let memory = recentKeysByActivation.get(activation);
	if (!memory) {
		memory = {};
		recentKeysByActivation.set(activation, memory);
		if (recentKeysByActivation.size > MAX_ACTIVATIONS) {
			recentKeysByActivation.delete(recentKeysByActivation.keys().next().value as string);
		}
	}
	const newInMemory = rememberEvent(memory, key, nowSeconds);
	const newInStaticData = rememberEvent(staticData, key, nowSeconds);
	return newInMemory && newInStaticData;
}
