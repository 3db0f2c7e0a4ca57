'use strict';
/**
 * `n8n <command>` on Node 24, asynchronously. scripts/lib/runtime.js's n8nCli() uses spawnSync,
 * which blocks this process's event loop: a ClickSend sandbox living in the same process could
 * then not answer n8n's requests (the run hangs until the CLI's timeout). Same environment as
 * n8nCli() (runtime.n8nEnv, a free task-broker port, the legacy expression engine for one-shot
 * commands), but with spawn().
 */
const { spawn } = require('node:child_process');

const runtime = require('../../scripts/lib/runtime');

/** CLI children still running; killed when this process exits (also after Ctrl-C). */
const children = new Set();
process.on('exit', () => {
	for (const child of children) child.kill('SIGKILL');
});

async function n8nCliAsync(
	args,
	{ userFolder, customExtensionsDir, env, timeoutMs = 180000 } = {},
) {
	const { node24, n8nBin } = runtime.runtimePaths();
	const brokerPort = await runtime.freePort();
	require('node:fs').mkdirSync(userFolder, { recursive: true });
	return await new Promise((resolve, reject) => {
		const child = spawn(node24, [n8nBin, ...args], {
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

/** `n8n execute --id=<id> --rawOutput`, with the printed run parsed (first line starting with `{`). */
async function executeWorkflowAsync(workflowId, options) {
	const res = await n8nCliAsync(['execute', `--id=${workflowId}`, '--rawOutput'], options);
	// The run is printed as JSON from a line starting with `{` to a line that is exactly `}`; n8n
	// may log more lines after it (e.g. `Registered runner "JS Task Runner"`).
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

module.exports = { n8nCliAsync, executeWorkflowAsync };
