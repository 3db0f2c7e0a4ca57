/**
 * When to try a ClickSend request again. Reads are idempotent, so 429, 5xx and dropped
 * connections are retried. A send is retried only where ClickSend cannot have accepted any
 * message (429 or a refused connection): retrying after a 5xx or a timeout could send twice.
 */
export type RequestKind = 'read' | 'send';

export const MAX_RETRIES = 3;

/** Longest wait honoured from a Retry-After header; a longer one fails the request instead. */
export const MAX_RETRY_AFTER_SECONDS = 60;

const READ_RETRY_NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN']);

export function shouldRetryStatus(kind: RequestKind, statusCode: number): boolean {
	if (statusCode === 429) return true;
	return kind === 'read' && statusCode >= 500 && statusCode <= 599;
}

export function shouldRetryNetworkError(kind: RequestKind, code: string | undefined): boolean {
	if (!code) return false;
	if (kind === 'send') return code === 'ECONNREFUSED';
	return READ_RETRY_NETWORK_CODES.has(code);
}

/**
 * Milliseconds to wait before retry number `attempt` (1-based): the server's Retry-After
 * (seconds or an HTTP date) when it gave one, else exponential backoff from one second.
 * Returns undefined when the server asks for a wait longer than we are willing to hold an item.
 */
export function retryDelayMs(
	attempt: number,
	retryAfter: string | string[] | undefined,
	now: number = Date.now(),
): number | undefined {
	const header = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
	if (header !== undefined && header !== '') {
		const seconds = Number(header);
		const waitMs = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
		if (Number.isFinite(waitMs)) {
			if (waitMs > MAX_RETRY_AFTER_SECONDS * 1000) return undefined;
			return Math.max(0, waitMs);
		}
	}
	return 1000 * 2 ** (attempt - 1);
}
