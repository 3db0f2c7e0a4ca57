import {
	MAX_RETRY_AFTER_SECONDS,
	retryDelayMs,
	shouldRetryNetworkError,
	shouldRetryStatus,
} from '../../nodes/ClickSend/shared/retry';

describe('shouldRetryStatus', () => {
	it.each([
		['read', 429, true],
		['read', 500, true],
		['read', 503, true],
		['read', 400, false],
		['read', 401, false],
		['send', 429, true],
		['send', 500, false],
		['send', 502, false],
	] as const)('%s %i → %s', (kind, status, expected) => {
		expect(shouldRetryStatus(kind, status)).toBe(expected);
	});
});

describe('shouldRetryNetworkError', () => {
	it('retries a send only when the connection was refused', () => {
		expect(shouldRetryNetworkError('send', 'ECONNREFUSED')).toBe(true);
		expect(shouldRetryNetworkError('send', 'ECONNRESET')).toBe(false);
		expect(shouldRetryNetworkError('send', 'ETIMEDOUT')).toBe(false);
	});
	it('retries reads on dropped connections', () => {
		expect(shouldRetryNetworkError('read', 'ECONNRESET')).toBe(true);
		expect(shouldRetryNetworkError('read', undefined)).toBe(false);
	});
});

describe('retryDelayMs', () => {
	it('uses Retry-After seconds', () => {
		expect(retryDelayMs(1, '2')).toBe(2000);
		expect(retryDelayMs(3, ['0'])).toBe(0);
	});
	it('uses a Retry-After HTTP date', () => {
		const now = Date.parse('2026-11-22T10:00:00Z');
		expect(retryDelayMs(1, 'Sun, 22 Nov 2026 10:00:05 GMT', now)).toBe(5000);
		expect(retryDelayMs(1, 'Sun, 22 Nov 2026 09:59:00 GMT', now)).toBe(0);
	});
	it('refuses waits longer than the maximum', () => {
		expect(retryDelayMs(1, String(MAX_RETRY_AFTER_SECONDS + 1))).toBeUndefined();
	});
	it('backs off exponentially without a header', () => {
		expect([1, 2, 3].map((attempt) => retryDelayMs(attempt, undefined))).toEqual([1000, 2000, 4000]);
	});
});
