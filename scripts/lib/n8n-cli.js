'use strict';
/**
 * `n8n <command>` of the current line, asynchronously: the ClickSend sandbox of the e2e suites
 * lives in this process and must answer n8n while a CLI command runs, so spawnSync (which blocks
 * the event loop) cannot be used. Same environment as the server (runtime.n8nEnv) with a free
 * task-broker port.
 *
 * Expression engine: one-shot commands use N8N_EXPRESSION_ENGINE=legacy. With n8n 2.41's default
 * `vm` engine (isolated-vm) a command segfaults at exit in about 1 run in 10 (process.exit() races
 * the isolate's thread), so `execute` would report SIGSEGV after printing a good run. The server
 * keeps n8n's default. Lines without the variable ignore it.
 */
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const runtime = require('./runtime');

/** CLI children still running; killed when this process exits (also after Ctrl-C). */
const children = new Set();
process.on('exit', () => {
	for (const child of children) child.kill('SIGKILL');
});

/** @returns {Promise<{ status: number|null, signal: string|null, stdout: string, stderr: string }>} */
async function n8nCli(args, { userFolder, customExtensionsDir, env, timeoutMs = 180000 } = {}) {
	const { node, n8nBin } = runtime.runtimePaths();
	const brokerPort = await runtime.freePort();
	fs.mkdirSync(userFolder, { recursive: true });
	return await new Promise((resolve, reject) => {
		const child = spawn(node, [n8nBin, ...args], {
			cwd: userFolder,
			env: runtime.n8nEnv({
				userFolder,
				customExtensionsDir,
				brokerPort,
				env: { N8N_EXPRESSION_ENGINE: 'legacy', ...(env || {}) },
			}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		children.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', (error) => {
			children.delete(child);
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (status, signal) => {
			children.delete(child);
			clearTimeout(timer);
			resolve({ status, signal, stdout, stderr });
		});
	});
}

/**
 * `n8n execute --id=<id> --rawOutput` with the printed run parsed: JSON from a line starting with
 * `{` to a line that is exactly `}` (n8n logs lines before and sometimes after it).
 * @returns {Promise<{ status, signal, stdout, stderr, run: object|null }>} run: `{ data: { resultData: { runData, error? } } }`
 */
async function executeWorkflow(workflowId, options) {
	const res = await n8nCli(['execute', `--id=${workflowId}`, '--rawOutput'], options);
	let run = null;
	const lines = res.stdout.split('\n');
	const start = lines.findIndex((line) => line.startsWith('{'));
	const end = lines.map((line) => line.trimEnd()).lastIndexOf('}');
	if (start !== -1 && end >= start) {
		try {
			run = JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			run = null;
		}
	}
	return { ...res, run };
}

/**
 * `n8n import:credentials` / `import:workflow` of JSON objects (through a temp file). Workflows get
 * a `versionId` when they have none: n8n 2.0's import refuses a workflow without one (NOT NULL
 * constraint), 1.123 and 2.41 make one up.
 * @param {'credentials'|'workflow'} kind
 * @param {object[]} items
 * @param {object} options  as n8nCli's (userFolder, env…)
 */
async function importInto(kind, items, options) {
	const list =
		kind === 'workflow' ? items.map((wf) => ({ versionId: crypto.randomUUID(), ...wf })) : items;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clicksend-import-'));
	const file = path.join(dir, `${kind}.json`);
	try {
		fs.writeFileSync(file, JSON.stringify(list, null, 2));
		const res = await n8nCli([`import:${kind}`, `--input=${file}`], options);
		if (res.status !== 0) {
			throw new Error(
				`n8n import:${kind} failed (${res.status}):\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-3000)}`,
			);
		}
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

module.exports = { n8nCli, executeWorkflow, importInto };
