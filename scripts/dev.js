'use strict';
/**
 * `npm run dev`: one command to see the package working in a real n8n, no ClickSend account needed.
 *
 *   build and pack → provision n8n (the newest 2.x, cached; `npm run dev -- --n8n=<version>` picks
 *   another tested line, scripts/lib/n8n-lines.js) → ClickSend sandbox on 127.0.0.1:4010 (this
 *   process) → install the tarball as a community package (as Settings → Community Nodes does) →
 *   import the credential and the examples/ workflows → n8n on http://localhost:5678 (owner
 *   owner@example.com / ClickSend-dev-1) → activate the inbound-SMS auto-reply example (sandbox
 *   only) → print how to use it.
 *
 * State lives in <runtime cache>/dev (dev-<version> for other lines: n8n's database, executions,
 * your own workflows) and survives restarts. Examples and the credential are (re)imported only when they changed, so your edits to
 * other workflows are never touched; edit a copy of an example if you want to keep changes.
 *
 * Environment:
 *   CLICKSEND_USERNAME + CLICKSEND_API_KEY  use your real ClickSend account instead of the sandbox
 *                                           (credential "ClickSend (your account)"; examples use it)
 *   CLICKSEND_BASE_URL      with a real account, another API root (default https://rest.clicksend.com/v3)
 *   CLICKSEND_DEV_PORT      n8n's port (default 5678)
 *   CLICKSEND_SANDBOX_PORT  the sandbox's port (default 4010)
 *   CLICKSEND_RUNTIME_DIR   the runtime cache (default ~/.cache/n8n-nodes-clicksend-suite-runtime)
 *   CLICKSEND_DEV_DIR       this instance's state (default <runtime cache>/dev); the CI browser check
 *                           (scripts/browser-ci.js) uses a throw-away one, beside your own instance
 * Ctrl-C stops n8n and the sandbox.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { DEFAULT_LINE, currentLine, lineFor } = require('./lib/n8n-lines');

const versionArg = process.argv.find((arg) => arg.startsWith('--n8n='));
if (versionArg) process.env.CLICKSEND_N8N_VERSION = lineFor(versionArg.slice(6)).version;

const runtime = require('./lib/runtime');
const rest = require('./lib/n8n-rest');
const { importInto } = require('./lib/n8n-cli');
const { PACKAGE, buildAndPack, installPackage } = require('./lib/pack');
require('../test/e2e/register-ts');
const { ClickSendSandbox } = require('../test/harness/sandbox.ts');
const { openApiSpecPath } = require('../test/harness/spec.ts');

const ROOT = path.resolve(__dirname, '..');
const N8N_PORT = Number(process.env.CLICKSEND_DEV_PORT || 5678);
const SANDBOX_PORT = Number(process.env.CLICKSEND_SANDBOX_PORT || 4010);
const SANDBOX_CREDENTIALS = { username: 'sandbox', apiKey: 'SANDBOX-API-KEY' };
/** The credential the example files name; replaced by the one this instance uses. */
const EXAMPLE_CREDENTIAL_ID = 'clickSendSandbox';
const AUTO_REPLY_ID = 'exClickSendRply1';
const started = Date.now();
const log = (line) => console.log(`[dev ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);

/** The credential this instance uses: the sandbox, or a real account from the environment. */
function chosenCredential(sandbox) {
	const { CLICKSEND_USERNAME: username, CLICKSEND_API_KEY: apiKey } = process.env;
	if (username && apiKey) {
		return {
			id: 'clickSendAccount',
			name: 'ClickSend (your account)',
			type: 'clickSendRestApi',
			data: {
				username,
				apiKey,
				baseUrl: process.env.CLICKSEND_BASE_URL || 'https://rest.clicksend.com/v3',
			},
			real: true,
		};
	}
	return {
		id: EXAMPLE_CREDENTIAL_ID,
		name: 'ClickSend sandbox',
		type: 'clickSendRestApi',
		data: { ...SANDBOX_CREDENTIALS, baseUrl: sandbox.baseUrl },
		real: false,
	};
}

/** examples/*.json for this instance, bound to the chosen credential. */
function exampleWorkflows(credential) {
	const dir = path.join(ROOT, 'examples');
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
			for (const node of workflow.nodes) {
				if (node.credentials && node.credentials.clickSendRestApi) {
					node.credentials.clickSendRestApi = { id: credential.id, name: credential.name };
				}
			}
			return workflow;
		});
}

async function importIfChanged(kind, items, { devDir, userFolder }) {
	const digest = crypto.createHash('sha256').update(JSON.stringify(items)).digest('hex');
	const marker = path.join(devDir, `imported-${kind}.sha256`);
	if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === digest) {
		log(`${kind}: unchanged, not re-imported`);
		return;
	}
	await importInto(kind === 'credentials' ? 'credentials' : 'workflow', items, { userFolder });
	fs.writeFileSync(marker, digest);
	log(`${kind}: imported ${items.length}`);
}

/** Resolves when nothing listens on 127.0.0.1:port; rejects with the listen error (EADDRINUSE, EACCES…). */
function checkPortFree(port) {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
	});
}

/** Fails early, naming the real cause: the spec the sandbox validates against, then the two ports. */
async function preflight() {
	openApiSpecPath(); // throws "ClickSend OpenAPI spec not found at <path>…"
	for (const [port, what, variable] of [
		[SANDBOX_PORT, 'the ClickSend sandbox', 'CLICKSEND_SANDBOX_PORT'],
		[N8N_PORT, 'n8n', 'CLICKSEND_DEV_PORT'],
	]) {
		await checkPortFree(port).catch((error) => {
			if (error.code === 'EADDRINUSE') {
				throw new Error(
					`port ${port} on 127.0.0.1 is busy, so ${what} cannot listen there (another \`npm run dev\`?); stop whatever uses it or set ${variable}`,
				);
			}
			throw new Error(`${what} cannot listen on 127.0.0.1:${port}: ${error.message}`);
		});
	}
}

async function main() {
	await preflight();
	const line = currentLine();
	log(`n8n ${line.version} (${line.role}) on Node ${line.node}`);
	const { cacheDir } = runtime.ensureRuntime();
	const devDir = process.env.CLICKSEND_DEV_DIR
		? path.resolve(process.env.CLICKSEND_DEV_DIR)
		: path.join(cacheDir, line === DEFAULT_LINE ? 'dev' : `dev-${line.version}`);
	const userFolder = path.join(devDir, 'n8n');
	fs.mkdirSync(userFolder, { recursive: true });
	log('building and packing the package');
	const { tarball } = buildAndPack(path.join(devDir, 'pack'), log);
	installPackage(tarball, userFolder);
	fs.rmSync(tarball);

	const sandbox = await ClickSendSandbox.start({
		port: SANDBOX_PORT,
		credentials: SANDBOX_CREDENTIALS,
		log: (line) => console.log(`[sandbox] ${line}`),
		// n8n keeps active triggers' rules across restarts, so the sandbox must keep them too.
		stateFile: path.join(devDir, 'sandbox-state.json'),
	}).catch((error) => {
		// Only a busy port is about the port: anything else (a missing or broken OpenAPI spec, an
		// unreadable state file, …) is reported as itself.
		if (error && error.code === 'EADDRINUSE') {
			throw new Error(
				`the ClickSend sandbox cannot listen on 127.0.0.1:${SANDBOX_PORT}: the port is busy (another \`npm run dev\`?); stop it or set CLICKSEND_SANDBOX_PORT`,
			);
		}
		throw new Error(
			`the ClickSend sandbox did not start: ${error && error.message ? error.message : error}`,
		);
	});
	let n8n;
	let stopping = false;
	const stop = async (code) => {
		if (stopping) return;
		stopping = true;
		log('stopping n8n and the sandbox');
		if (n8n) await n8n.stop().catch(() => undefined);
		await sandbox.close().catch(() => undefined);
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));

	try {
		const credential = chosenCredential(sandbox);
		const credentials = [
			{ id: credential.id, name: credential.name, type: credential.type, data: credential.data },
		];
		await importIfChanged('credentials', credentials, { devDir, userFolder });
		await importIfChanged('workflows', exampleWorkflows(credential), { devDir, userFolder });

		log(`starting n8n on port ${N8N_PORT} (15-35 s)`);
		n8n = await runtime.startN8n({
			userFolder,
			port: N8N_PORT,
			// Webhooks stay on 127.0.0.1 (what n8n listens on); the editor link says localhost.
			env: { N8N_EDITOR_BASE_URL: `http://localhost:${N8N_PORT}/` },
		});
		const cookie = await rest.login(n8n.baseUrl, n8n.owner.email, n8n.owner.password);
		if (!credential.real) {
			await ensureAutoReplyActive(n8n.baseUrl, cookie, sandbox);
		}
		printInstructions({ credential, sandbox, n8n });
		n8n.process.on('exit', (code, signal) => {
			if (!stopping) {
				log(`n8n exited (${code ?? signal}); log: ${n8n.logFile}`);
				void stop(1);
			}
		});
	} catch (error) {
		console.error(`[dev] ${error && error.stack ? error.stack : error}`);
		await stop(1);
	}
}

/**
 * The auto-reply example is active and its rule is at the sandbox. n8n does not re-register an
 * active workflow's webhooks on restart (they are already in its database), so when the sandbox
 * lost the rule (its state file was deleted) the workflow is deactivated and activated again.
 */
async function ensureAutoReplyActive(baseUrl, cookie, sandbox) {
	try {
		const wf = await rest.restRequest(baseUrl, cookie, 'GET', `/rest/workflows/${AUTO_REPLY_ID}`);
		if (wf.status !== 200) return;
		const webhookIds = wf.body.data.nodes.map((node) => node.webhookId).filter(Boolean);
		const ours = (rule) =>
			webhookIds.some((id) => String(rule.action_address).includes(`/webhook/${id}/`));
		const registered = sandbox.rulesAt('/automations/sms/inbound').some(ours);
		if (wf.body.data.active) {
			await rest.waitForPublication(baseUrl, cookie, AUTO_REPLY_ID);
			if (registered) return;
			log('auto-reply: its rule is missing at the sandbox, activating again');
			await rest.deactivateWorkflow(baseUrl, cookie, AUTO_REPLY_ID);
		}
		// Rules left from an earlier import of the example carry an old token: drop them, so an
		// inbound SMS is delivered once.
		sandbox.forgetRules(ours);
		await rest.activateWorkflow(baseUrl, cookie, AUTO_REPLY_ID);
	} catch (error) {
		log(`auto-reply example not activated: ${error.message}`);
	}
}

function printInstructions({ credential, sandbox, n8n }) {
	const basic = `${SANDBOX_CREDENTIALS.username}:${SANDBOX_CREDENTIALS.apiKey}`;
	const lines = [
		'',
		'================================================================================',
		` n8n with ${PACKAGE}:  http://localhost:${N8N_PORT}   (n8n ${currentLine().version}; log: ${n8n.logFile})`,
		' Log in:                        owner@example.com / ClickSend-dev-1',
		` Credential:                    "${credential.name}"${credential.real ? ' (REAL account: sends cost money)' : ` → ${sandbox.baseUrl}`}`,
		' Example workflows:             ClickSend example: send an SMS / create or update a contact /',
		'                                auto-reply to inbound SMS',
	];
	if (!credential.real) {
		lines.push(
			` ClickSend sandbox:             ${sandbox.baseUrl}  (API username "${SANDBOX_CREDENTIALS.username}", key "${SANDBOX_CREDENTIALS.apiKey}")`,
			'',
			' Fire an inbound SMS (the active auto-reply example answers it):',
			`   curl -u ${basic} -H 'content-type: application/json' \\`,
			`     -d '{"url":"rules","from":"+61411111111","body":"Hello n8n"}' ${sandbox.baseUrl}/sms/inbound`,
			' See what was sent:',
			`   curl -u ${basic} '${sandbox.baseUrl}/sms/history?limit=15'`,
		);
	}
	lines.push(
		' Stop: Ctrl-C',
		'================================================================================',
		'',
	);
	console.log(lines.join('\n'));
}

main().catch((error) => {
	console.error(`[dev] ${error && error.stack ? error.stack : error}`);
	process.exit(1);
});
