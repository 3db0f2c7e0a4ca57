'use strict';
/**
 * `npm run test:browser` (.ci/run runs it after the e2e suites): the editor in a real browser, on
 * a throw-away dev instance.
 *
 *   1. Chromium: $CHROMIUM_PATH, else /usr/bin/chromium; when that is missing, Debian's `chromium`
 *      package is installed (scripts/lib/apt.js).
 *   2. Starts `node scripts/dev.js` (build, runtime, ClickSend sandbox, n8n, the examples) with its
 *      state in a new temp dir and on free ports, so it never touches your own `npm run dev`
 *      instance or its ports, and waits for it to be ready.
 *   3. Runs test/e2e/browser-check.js against it (sign in, node panel, SMS → Send, run the example).
 *   4. Stops it (SIGTERM to dev.js, which stops n8n and the sandbox), also on failure or Ctrl-C.
 *
 * On success the temp dir is removed (CLICKSEND_E2E_KEEP=1 keeps it); on failure it is kept and the
 * paths of the screenshot, the browser console and the dev/n8n logs are printed.
 * Ends with `browser: N passed, N failed` alone on a line; exits non-zero on failure.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { aptInstall } = require('./lib/apt');
const runtime = require('./lib/runtime');

const ROOT = path.resolve(__dirname, '..');
const READY_LINE = `n8n with ${require('../package.json').name}:`;
const started = Date.now();
const log = (line) =>
	console.log(`[browser-ci ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function runQuiet(command, args, env) {
	return spawnSync(command, args, {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		maxBuffer: 64 * 1024 * 1024,
	});
}

/** The Chromium binary to use, installing Debian's package when there is none. */
function ensureChromium() {
	if (process.env.CHROMIUM_PATH) {
		if (!fs.existsSync(process.env.CHROMIUM_PATH))
			throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
		return process.env.CHROMIUM_PATH;
	}
	const debian = '/usr/bin/chromium';
	if (fs.existsSync(debian)) return debian;
	aptInstall(['chromium'], log);
	if (!fs.existsSync(debian))
		throw new Error(`apt-get installed chromium, but ${debian} is still missing`);
	log(`installed ${runQuiet(debian, ['--version']).stdout.trim() || 'chromium'}`);
	return debian;
}

/** Processes whose working directory is inside `dir` (n8n runs with cwd = its user folder). */
function processesInside(dir) {
	const found = [];
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const cwd = fs.readlinkSync(`/proc/${entry}/cwd`);
			if (cwd === dir || cwd.startsWith(`${dir}${path.sep}`)) found.push(Number(entry));
		} catch {
			/* gone, or not ours to read */
		}
	}
	return found;
}

function startDev(tmp, ports) {
	const logFile = path.join(tmp, 'dev.log');
	const fd = fs.openSync(logFile, 'a');
	const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'dev.js')], {
		cwd: ROOT,
		env: {
			...process.env,
			CLICKSEND_DEV_DIR: path.join(tmp, 'dev'),
			CLICKSEND_DEV_PORT: String(ports.n8n),
			CLICKSEND_SANDBOX_PORT: String(ports.sandbox),
			// Always the sandbox, never a real account from the environment.
			CLICKSEND_USERNAME: '',
			CLICKSEND_API_KEY: '',
		},
		stdio: ['ignore', fd, fd],
	});
	fs.closeSync(fd);
	const exited = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve({ code, signal })),
	);
	return { child, exited, logFile };
}

async function waitUntilReady(dev, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let exit;
	void dev.exited.then((e) => (exit = e));
	while (Date.now() < deadline) {
		if (fs.readFileSync(dev.logFile, 'utf8').includes(READY_LINE)) return;
		if (exit)
			throw new Error(`npm run dev exited (${exit.code ?? exit.signal}) before it was ready`);
		await sleep(500);
	}
	throw new Error(`npm run dev was not ready after ${timeoutMs / 1000} s`);
}

async function stopDev(dev, tmp) {
	if (dev.child.exitCode === null && dev.child.signalCode === null) {
		dev.child.kill('SIGTERM');
		const timer = setTimeout(() => dev.child.kill('SIGKILL'), 30000);
		await dev.exited;
		clearTimeout(timer);
	}
	// Should dev.js have died without stopping n8n, end what still runs in our temp dir.
	for (const pid of processesInside(tmp)) {
		try {
			process.kill(pid, 'SIGKILL');
			log(`killed leftover process ${pid}`);
		} catch {
			/* gone */
		}
	}
}

const tail = (file, lines = 40) =>
	fs.existsSync(file)
		? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
		: '(no file)';

async function main() {
	const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'clicksend-browser-ci-')));
	const out = path.join(tmp, 'browser');
	fs.mkdirSync(out);
	let dev;
	let ok = false;
	const stop = async () => {
		if (dev) await stopDev(dev, tmp).catch(() => undefined);
		dev = undefined;
	};
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => {
			log(`${signal}: stopping the dev instance`);
			void stop().finally(() => process.exit(130));
		});
	}
	try {
		const chromium = ensureChromium();
		const ports = { n8n: await runtime.freePort(), sandbox: await runtime.freePort() };
		log(
			`starting the dev instance on n8n :${ports.n8n}, sandbox :${ports.sandbox} (state in ${tmp})`,
		);
		dev = startDev(tmp, ports);
		await waitUntilReady(dev, 15 * 60 * 1000);
		log('dev instance ready; running test/e2e/browser-check.js');
		const check = spawnSync(
			process.execPath,
			[path.join(ROOT, 'test', 'e2e', 'browser-check.js')],
			{
				cwd: ROOT,
				stdio: 'inherit',
				env: {
					...process.env,
					CHROMIUM_PATH: chromium,
					CLICKSEND_DEV_PORT: String(ports.n8n),
					CLICKSEND_SANDBOX_PORT: String(ports.sandbox),
					BROWSER_CHECK_OUT: out,
				},
			},
		);
		ok = check.status === 0;
	} catch (error) {
		console.log(`FAIL browser-ci: ${error && error.message ? error.message : error}`);
		if (dev) console.log(`--- last lines of ${dev.logFile}\n${tail(dev.logFile)}`);
	} finally {
		await stop();
	}
	if (ok && !process.env.CLICKSEND_E2E_KEEP) {
		fs.rmSync(tmp, { recursive: true, force: true });
	} else {
		const files = fs.existsSync(out) ? fs.readdirSync(out).map((file) => path.join(out, file)) : [];
		console.log(
			[
				`kept ${tmp}:`,
				...files.map((file) => `  ${file}`),
				`  ${path.join(tmp, 'dev.log')} (npm run dev's output)`,
				`  ${path.join(tmp, 'dev', 'n8n', 'n8n.log')} (n8n's log)`,
			].join('\n'),
		);
	}
	console.log(`browser: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
	process.exit(ok ? 0 : 1);
}

void main();
