/**
 * When a ClickSend request is tried again. The policy, in one place:
 *
 * - Idempotent requests (GET, PUT, DELETE, price checks, uploads) are retried after 429, any 5xx
 *   and a dropped or refused connection: asking again cannot do anything twice.
 * - Sends (POST that sends or creates something) are retried only where ClickSend cannot have
 *   accepted anything: 429 (refused before processing) and a connection that was never made
 *   (refused, or the host name did not resolve). After a 5xx, a dropped connection or a timeout,
 *   ClickSend may have accepted the request, so it is never sent again automatically.
 * - A request that got no answer within the timeout is not retried: it already held the item for
 *   the whole timeout.
 * - At most MAX_RETRIES retries. The wait is ClickSend's Retry-After (seconds or an HTTP date) when
 *   it sends one, up to MAX_RETRY_AFTER_SECONDS (a longer wait fails at once and says how long
 *   ClickSend asked for); otherwise 1, 2, 4 seconds.
 */

export const MAX_RETRIES = 3;

export const MAX_RETRY_AFTER_SECONDS = 60;

/** Connection failures after which nothing can have reached ClickSend. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** Connection failures worth another try for idempotent requests. */
const TRANSIENT_CODES = new Set([
	...NOT_CONNECTED_CODES,
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ENETUNREACH',
	'EHOSTUNREACH',
]);

/** What went wrong with a request that got no HTTP answer. */
export interface ConnectionFailure {
	/** The system error code, e.g. ECONNREFUSED; undefined when unknown. */
	code?: string;
	/** True when our own timeout cancelled the request. */
	timedOut: boolean;
}

/** True when the request cannot have reached ClickSend (so nothing was sent). */
export function nothingReachedClickSend(failure: ConnectionFailure): boolean {
	return !failure.timedOut && failure.code !== undefined && NOT_CONNECTED_CODES.has(failure.code);
}

export function shouldRetryStatus(idempotent: boolean, statusCode: number): boolean {
	if (statusCode === 429) return true;
	return idempotent && statusCode >= 500 && statusCode <= 599;
}

export function shouldRetryConnectionFailure(
	idempotent: boolean,
	failure: ConnectionFailure,
): boolean {
	if (failure.timedOut || failure.code === undefined) return false;
	if (!idempotent) return nothingReachedClickSend(failure);
	return TRANSIENT_CODES.has(failure.code);
}

/** Backoff before retry number `attempt` (1-based) when ClickSend gave no Retry-After. */
export function backoffMs(attempt: number): number {
	return 1000 * 2 ** (attempt - 1);
}

/**
 * The wait ClickSend asks for in a Retry-After header, in milliseconds: undefined when there is
 * no usable header, Infinity-safe (the caller compares with MAX_RETRY_AFTER_SECONDS).
 */
export function retryAfterMs(
	retryAfter: string | string[] | undefined,
	now: number = Date.now(),
): number | undefined {
	const header = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
	if (header === undefined || header.trim() === '') return undefined;
	const seconds = Number(header);
	const waitMs = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
	return Number.isFinite(waitMs) ? Math.max(0, waitMs) : undefined;
}
