/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test harness code, never shipped in the package */
/**
 * Runs in every test file before its tests (jest.config.js → setupFilesAfterEnv), inside the test
 * file's own module registry. Three things, none of which hides a failing test (jest's own
 * failure output is untouched):
 *
 * 1. n8n's logger is silent. n8n-core logs every node error through its winston console logger
 *    (~300 expected validation errors, ~600 lines, in a passing run). `N8N_LOG_LEVEL=debug npm test`
 *    brings it back.
 *
 * 2. n8n-core's SSHClientsManager is shut down after the file. n8n-core creates it (through its DI
 *    container) for every node execution context, and its constructor starts an unref'd 60-second
 *    `setInterval` that is never cleared: the timer keeps the whole test file's module registry
 *    alive (~30 MB per engine test file), so each jest worker ended a run at ~1 GB and, on a busy
 *    machine, took longer than jest's 500 ms to exit ("A worker process has failed to exit
 *    gracefully and has been force exited"). Its own onShutdown() clears the timer.
 *
 * 3. Regular expressions that n8n-workflow runs for nodes (resource-locator validation…) run
 *    without n8n's 250 ms wall-clock guard. On a loaded CI machine the guard fired on harmless
 *    patterns ("Regular expression execution timed out") and failed random tests; the patterns
 *    are ours and the semantics are the same RegExp.
 */
import { setSafeRegexEngine } from 'n8n-workflow';

process.env.N8N_LOG_LEVEL ??= 'silent';

setSafeRegexEngine({
	exec: (pattern, input, flags) => new RegExp(pattern, flags).exec(input),
	test: (pattern, input, flags) => new RegExp(pattern, flags).test(input),
	replace: (pattern, input, flags, replacement) =>
		input.replace(new RegExp(pattern, flags), replacement),
	matchAll: (pattern, input, flags) =>
		Array.from(
			input.matchAll(new RegExp(pattern, flags?.includes('g') ? flags : `${flags ?? ''}g`)),
		),
	split: (pattern, input, flags) => input.split(new RegExp(pattern, flags)),
});

afterAll(async () => {
	// Only files that used n8n's DI container (it loads reflect-metadata) can have the manager;
	// unit test files skip this and don't pay for loading n8n-core.
	if (typeof (Reflect as unknown as { getMetadata?: unknown }).getMetadata !== 'function') return;
	const { Container } = await import('@n8n/di');
	// Not exported from n8n-core's index; the same module instance n8n-core uses internally.
	const { SSHClientsManager } = await import('n8n-core/dist/execution-engine/ssh-clients-manager');
	if (Container.has(SSHClientsManager)) Container.get(SSHClientsManager).onShutdown();
});
