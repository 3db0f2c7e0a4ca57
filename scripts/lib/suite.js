'use strict';
/**
 * What every e2e suite shares: timestamped log lines, cleanup on exit and on Ctrl-C, and running
 * the scenarios — `PASS <name> (<s>)` / `FAIL <name> (<s>): <why>` per scenario, then
 * `N passed, N failed` alone on a line; the process exits non-zero on any failure.
 *
 *   const suite = createSuite('e2e');
 *   suite.onCleanup(async () => …);            // run once, in reverse order, also after Ctrl-C
 *   suite.main(async () => {                   // setup, then:
 *     return await suite.runScenarios(list);   // list: [{ name, fn }]; returns the failures
 *   });
 */
const started = Date.now();
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function createSuite(label) {
	const log = (line) => console.log(`[${label} ${secs(started)}] ${line}`);
	const cleanups = [];
	let cleaning;
	let interrupted;

	const cleanup = () => {
		cleaning ??= (async () => {
			for (const fn of cleanups.reverse()) await (async () => fn())().catch(() => undefined);
		})();
		return cleaning;
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.on(signal, () => {
			interrupted = signal;
			log(`${signal}: cleaning up`);
			void cleanup().finally(() => process.exit(130));
		});
	}

	/**
	 * Run scenarios one after the other; `afterEach()` runs after each (measurements, INFO lines).
	 * @returns {Promise<number>} how many failed
	 */
	async function runScenarios(list, { afterEach } = {}) {
		let passed = 0;
		let failed = 0;
		for (const { name, fn } of list) {
			if (interrupted) break;
			const t0 = Date.now();
			try {
				await fn();
				passed++;
				console.log(`PASS ${name} (${secs(t0)})`);
			} catch (error) {
				if (interrupted) break; // stopped under it by Ctrl-C: not a result
				failed++;
				console.log(`FAIL ${name} (${secs(t0)}): ${error && error.stack ? error.stack : error}`);
			}
			if (afterEach) await afterEach();
		}
		if (!interrupted) {
			log(`total ${secs(started)}`);
			console.log(`${passed} passed, ${failed} failed`);
		}
		return failed;
	}

	/** Run the suite's main(); clean up and exit with its result (1 on a setup error). */
	function main(fn) {
		fn()
			.then(async (failed) => {
				if (interrupted) return; // the signal handler exits
				await cleanup();
				process.exit(failed ? 1 : 0);
			})
			.catch(async (error) => {
				if (interrupted) return;
				console.log(`FAIL setup: ${error && error.stack ? error.stack : error}`);
				console.log('0 passed, 1 failed');
				await cleanup();
				process.exit(1);
			});
	}

	return {
		log,
		secs,
		sleep,
		onCleanup: (fn) => cleanups.push(fn),
		get interrupted() {
			return interrupted;
		},
		runScenarios,
		main,
	};
}

module.exports = { createSuite, secs, sleep };
