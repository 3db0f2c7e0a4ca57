'use strict';
/**
 * End to end in a real n8n (`npm run test:e2e`, options after `--`):
 *   --n8n=<version>   the n8n line (scripts/lib/n8n-lines.js; default the newest 2.x)
 *   --suite=full|compat   every scenario, or those marked compat (default: the line's suite)
 * Steps: build → npm pack → provision the line's Node + n8n (cached) → install the tarball as a
 * community package (<user folder>/.n8n/nodes, as Settings → Community Nodes does) → the ClickSend
 * sandbox and the scripted OpenAI server (this process) → import credentials and workflows → start
 * n8n → the scenarios (test/e2e/scenarios.js, test/e2e/agent.js).
 * Prints `PASS`/`FAIL` per scenario and `N passed, N failed`; exits non-zero on any failure. Temp
 * dirs and processes are removed on exit, also on failure or Ctrl-C (CLICKSEND_E2E_KEEP=1 keeps the
 * temp dir; CLICKSEND_E2E_VERBOSE=1 logs the sandbox's traffic).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { lineFor, currentLine } = require('./lib/n8n-lines');
const { createSuite, secs } = require('./lib/suite');

const option = (name) =>
	process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
if (option('n8n')) process.env.CLICKSEND_N8N_VERSION = lineFor(option('n8n')).version;
const line = currentLine();
const suiteName = option('suite') || line.suite;

const runtime = require('./lib/runtime');
const rest = require('./lib/n8n-rest');
const { importInto } = require('./lib/n8n-cli');
const { buildAndPack, installPackage } = require('./lib/pack');
require('../test/e2e/register-ts');
const { ClickSendSandbox } = require('../test/harness/sandbox.ts');
const { GOOD, BAD, credentials, workflows } = require('../test/e2e/workflows');
const { prepare, scenarios } = require('../test/e2e/scenarios');
const { ScriptedOpenAi } = require('../test/e2e/openai-stub');
const agent = require('../test/e2e/agent');
const sendAndWait = require('../test/e2e/send-and-wait');

const suite = createSuite(`e2e n8n ${line.version}`);
const { log } = suite;

suite.main(async () => {
	const full = suiteName === 'full';
	log(`n8n ${line.version} (${line.role}) on Node ${line.node}, ${suiteName} suite`);
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clicksend-e2e-'));
	suite.onCleanup(() => {
		if (process.env.CLICKSEND_E2E_KEEP) log(`kept ${tmp}`);
		else fs.rmSync(tmp, { recursive: true, force: true });
	});
	const ctx = { tmp, userFolder: path.join(tmp, 'n8n') };

	let t0 = Date.now();
	runtime.ensureRuntime();
	log(`runtime ready in ${secs(t0)}`);
	const pack = buildAndPack(path.join(tmp, 'pack'), log);
	ctx.packedFiles = pack.files;
	t0 = Date.now();
	installPackage(pack.tarball, ctx.userFolder);
	log(`installed as a community package in ${secs(t0)}`);

	t0 = Date.now();
	ctx.sandbox = await ClickSendSandbox.start({
		credentials: GOOD,
		log: (entry) => process.env.CLICKSEND_E2E_VERBOSE && log(`sandbox: ${entry}`),
	});
	suite.onCleanup(() => ctx.sandbox.close());
	ctx.listId = ctx.sandbox.defaultListId;
	await prepare(ctx);
	log(`sandbox on ${ctx.sandbox.baseUrl} in ${secs(t0)}`);

	const credentialList = credentials(ctx.sandbox.baseUrl, GOOD, BAD);
	const workflowList = workflows({ listId: ctx.listId, returnAllListId: ctx.returnAllListId });
	ctx.openAi = await new ScriptedOpenAi().start();
	suite.onCleanup(() => ctx.openAi.close());
	credentialList.push(...agent.agentCredentials(ctx.openAi.url));
	workflowList.push(...agent.agentWorkflows());

	t0 = Date.now();
	await importInto('credentials', credentialList, { userFolder: ctx.userFolder });
	await importInto('workflow', workflowList, { userFolder: ctx.userFolder });
	log(`credentials and workflows imported in ${secs(t0)}`);

	t0 = Date.now();
	const n8n = await runtime.startN8n({ userFolder: ctx.userFolder });
	suite.onCleanup(() => n8n.stop());
	ctx.baseUrl = n8n.baseUrl;
	ctx.cookie = await rest.login(ctx.baseUrl, n8n.owner.email, n8n.owner.password);
	log(`n8n ready on ${ctx.baseUrl} in ${secs(t0)} (log: ${n8n.logFile})`);

	const list = [...scenarios(ctx), ...agent.agentScenarios(ctx), ...sendAndWait.scenarios(ctx)];
	// The contract check stays last.
	list.push(
		...list.splice(
			list.findIndex((s) => /OpenAPI spec/.test(s.name)),
			1,
		),
	);
	const failed = await suite.runScenarios(full ? list : list.filter((s) => s.compat));
	if (failed) {
		const tail = fs.readFileSync(n8n.logFile, 'utf8').split('\n').slice(-40).join('\n');
		console.log(`--- n8n log tail (${n8n.logFile}) ---\n${tail}`);
	}
	return failed;
});
