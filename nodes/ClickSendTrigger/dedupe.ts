/** How long a delivered event is remembered, and how many are kept per activation at most. */
export const DEDUPE_WINDOW_SECONDS = 24 * 60 * 60;
export const DEDUPE_MAX_KEYS = 1000;

/** Activations remembered at most; the oldest is forgotten first. */
const MAX_ACTIVATIONS = 200;

/**
 * Recent event ids per activation, in this n8n process only. ClickSend redelivers an event it
 * thinks failed, usually within minutes; this memory turns such a redelivery into an
 * acknowledgement without a run, for as long as the process runs and only for deliveries that
 * reach this process. It is deliberately not kept in static data: n8n 2.41 does not save static
 * data when a delivery starts a run, and saving it on the other deliveries rewrites the whole
 * object, which can overwrite a rule secret that activation wrote meanwhile (see docs/triggers.md).
 */
const recentByActivation = new Map<string, Map<string, number>>();

/**
 * True when `eventId` is new for this activation (and records it); false when it was delivered
 * within the window. `activation` is the activation's secret: unique per activation and sent
 * with every genuine delivery.
 */
export function firstDelivery(activation: string, eventId: string, nowSeconds: number): boolean {
	let recent = recentByActivation.get(activation);
	if (!recent) {
		recent = new Map();
		recentByActivation.set(activation, recent);
		if (recentByActivation.size > MAX_ACTIVATIONS)
			recentByActivation.delete(recentByActivation.keys().next().value as string);
	}
	const seenAt = recent.get(eventId);
	if (seenAt !== undefined && seenAt > nowSeconds - DEDUPE_WINDOW_SECONDS) return false;
	// Re-inserting keeps the map in delivery order, oldest first, so the surplus is cut from the front.
	recent.delete(eventId);
	recent.set(eventId, nowSeconds);
	for (const [key, at] of recent) {
		if (recent.size <= DEDUPE_MAX_KEYS && at > nowSeconds - DEDUPE_WINDOW_SECONDS) break;
		recent.delete(key);
	}
	return true;
}
