import {
	backoffMs,
	nothingReachedClickSend,
	retryAfterMs,
	shouldRetryConnectionFailure,
	shouldRetryStatus,
} from '../../nodes/transport/retry';

describe('shouldRetryStatus', () => {
	it.each([
		[true, 429, true],
		[true, 500, true],
		[true, 503, true],
		[true, 400, false],
		[true, 401, false],
		[false, 429, true],
		[false, 500, false],
		[false, 502, false],
	] as const)('idempotent=%s, HTTP %i → %s', (idempotent, status, expected) => {
		expect(shouldRetryStatus(idempotent, status)).toBe(expected);
	});
});

describe('shouldRetryConnectionFailure', () => {
	it.each([
		[true, 'ECONNRESET', false, true],
		[true, 'ECONNREFUSED', false, true],
		[true, 'ETIMEDOUT', false, true],
		[true, 'EPIPE', false, true],
		[false, 'ECONNREFUSED', false, true],
		[false, 'ENOTFOUND', false, true],
		[false, 'ECONNRESET', false, false],
		[false, 'ETIMEDOUT', false, false],
		[true, 'ECONNABORTED', true, false],
		[false, 'ECONNABORTED', true, false],
		[true, undefined, false, false],
	] as const)('idempotent=%s, %s (timed out: %s) → %s', (idempotent, code, timedOut, expected) => {
		expect(shouldRetryConnectionFailure(idempotent, { code, timedOut })).toBe(expected);
	});

	it('knows when nothing can have reached ClickSend', () => {
		expect(nothingReachedClickSend({ code: 'ECONNREFUSED', timedOut: false })).toBe(true);
		expect(nothingReachedClickSend({ code: 'ECONNRESET', timedOut: false })).toBe(false);
		expect(nothingReachedClickSend({ code: 'ECONNREFUSED', timedOut: true })).toBe(false);
	});
});

describe('retryAfterMs and backoffMs', () => {
	it('reads seconds and HTTP dates, ignores junk', () => {
		expect(retryAfterMs('2')).toBe(2000);
		expect(retryAfterMs(['3'])).toBe(3000);
		expect(
			retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')),
		).toBe(10000);
		expect(retryAfterMs('soon')).toBeUndefined();
		expect(retryAfterMs(undefined)).toBeUndefined();
		expect(retryAfterMs('-5')).toBe(0);
	});

	it('backs off 1, 2, 4 seconds', () => {
		expect([1, 2, 3].map(backoffMs)).toEqual([1000, 2000, 4000]);
	});
});
