'use strict';
/**
 * The editor in a real browser. Drives a running dev instance (`npm run dev`, or the throw-away one
 * that scripts/browser-ci.js starts for .ci/run) in headless Chromium, as a user would:
 *
 *   1. signs in on n8n's login page;
 *   2. node panel (a new workflow): searching "ClickSend", "SMS" and "fax" each lists the ClickSend
 *      node;
 *   3. opens ClickSend → SMS → Send (resource `sms`, operation `send`; the action's label is read
 *      from the built node, so renamed labels don't break the check) and sees the node's form with
 *      Resource "SMS" and Operation "Send"; n8n autosaves that scratch workflow: it is deleted
 *      at the end;
 *   4. in that form picks Resource "Contact" (Create is its default operation) and sees who the
 *      contact is as fields of their own (Phone Number, Email, Fax Number), not hidden in Contact
 *      Fields;
 *   5. opens the auto-reply example (examples/inbound-sms-auto-reply.json) and sees the ClickSend
 *      Trigger's canvas subtitle say its event ("On inbound SMS"), not the saved value
 *      (`inboundSms`);
 *   6. opens the "send an SMS" example (examples/send-sms.json), sees its ClickSend node's
 *      subtitle (the operation's action), clicks Execute workflow and sees the node succeed on the
 *      canvas; n8n's REST API says the run succeeded (manual)
 *      and the sandbox got one more SMS.
 *
 * On failure it saves a screenshot, the page's HTML and the browser console into $BROWSER_CHECK_OUT
 * (default: a new temp dir) and prints their paths.
 *
 * Needs Chromium (/usr/bin/chromium from Debian's `chromium` package, or $CHROMIUM_PATH) and
 * playwright-core (a devDependency; it never downloads a browser). Playwright starts Chromium with
 * a fresh temporary profile (its own --user-data-dir).
 * Environment: CLICKSEND_DEV_PORT / CLICKSEND_SANDBOX_PORT (as for `npm run dev`), CHROMIUM_PATH,
 * BROWSER_CHECK_OUT. Usage: node test/e2e/browser-check.js (or `npm run test:browser`, which also
 * starts and stops the instance).
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const rest = require('../../scripts/lib/n8n-rest');
const { DEFAULT_OWNER } = require('../../scripts/lib/runtime');

const ROOT = path.resolve(__dirname, '..', '..');
const port = process.env.CLICKSEND_DEV_PORT || 5678;
const editorUrl = `http://localhost:${port}`;
const apiUrl = `http://127.0.0.1:${port}`;
const sandboxUrl = `http://127.0.0.1:${process.env.CLICKSEND_SANDBOX_PORT || 4010}/v3`;
const SANDBOX_AUTH = `Basic ${Buffer.from('sandbox:SANDBOX-API-KEY').toString('base64')}`;
const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const SEARCHES = ['ClickSend', 'SMS', 'fax'];
const started = Date.now();
const log = (line) =>
	console.log(`[browser ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);

/** What the check looks for, from the built node and the example file (not hard-coded labels). */
function expectations() {
	const nodeFile = path.join(ROOT, 'dist', 'nodes', 'ClickSend', 'ClickSend.node.js');
	assert.ok(
		fs.existsSync(nodeFile),
		`${nodeFile} is missing: run \`npm run build\` (npm run dev does)`,
	);
	const { ClickSend } = require(nodeFile);
	const { displayName, properties } = new ClickSend().description;
	const resource = properties
		.find((p) => p.name === 'resource')
		.options.find((o) => o.value === 'sms');
	const operation = properties
		.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('sms'))
		.options.find((o) => o.value === 'send');
	const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'send-sms.json'), 'utf8'));
	const exampleNode = example.nodes.find((n) => /\.clickSend$/.test(n.type));
	const createContact = properties
		.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('contact'))
		.options.find((o) => o.value === 'create');
	// Contact → Create's own fields before Contact Fields: who the contact is.
	const createFields = properties.filter(
		(p) =>
			p.displayOptions?.show?.resource?.includes('contact') &&
			p.displayOptions?.show?.operation?.includes('create') &&
			p.type === 'string' &&
			p.name !== 'toolDescription',
	);
	const triggerFile = path.join(
		ROOT,
		'dist',
		'nodes',
		'ClickSendTrigger',
		'ClickSendTrigger.node.js',
	);
	const { ClickSendTrigger } = require(triggerFile);
	const trigger = new ClickSendTrigger().description;
	const replyExample = JSON.parse(
		fs.readFileSync(path.join(ROOT, 'examples', 'inbound-sms-auto-reply.json'), 'utf8'),
	);
	const triggerNode = replyExample.nodes.find((n) => /\.clickSendTrigger$/.test(n.type));
	const event = trigger.properties
		.find((p) => p.name === 'event')
		.options.find((o) => o.value === triggerNode.parameters.event);
	return {
		nodeName: displayName,
		resourceLabel: resource.name,
		operationLabel: operation.name,
		actionLabel: operation.action ?? operation.name,
		example: { id: example.id, nodeName: exampleNode.name },
		createContact: {
			resourceLabel: properties
				.find((p) => p.name === 'resource')
				.options.find((o) => o.value === 'contact').name,
			operationLabel: createContact.name,
			fields: createFields.map((p) => ({ name: p.name, label: p.displayName })),
		},
		trigger: {
			workflowId: replyExample.id,
			nodeName: triggerNode.name,
			eventValue: event.value,
			subtitle: event.action,
		},
	};
}

async function sandboxSmsCount() {
	const res = await fetch(`${sandboxUrl}/sms/history?limit=15`, {
		headers: { authorization: SANDBOX_AUTH },
	});
	assert.equal(res.status, 200, `the sandbox at ${sandboxUrl} answered ${res.status}`);
	return (await res.json()).data.total;
}

/** A canvas node's text (name and subtitle) once it shows `expected`, or after ~10 s. */
async function canvasNodeText(page, node, expected) {
	await node.waitFor({ timeout: 60000 });
	let text = '';
	for (let i = 0; i < 50 && !text.includes(expected); i++) {
		text = (await node.innerText().catch(() => '')).replace(/\s+/g, ' ');
		if (!text.includes(expected)) await page.waitForTimeout(200);
	}
	return text;
}

const exact = (text) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

async function main() {
	const want = expectations();
	const out =
		process.env.BROWSER_CHECK_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'clicksend-browser-'));
	fs.mkdirSync(out, { recursive: true });
	const consoleLines = [];
	let current = 'start';
	const step = async (name, fn) => {
		current = name;
		const t0 = Date.now();
		await fn();
		log(`ok  ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
	};

	// n8n's REST API for the checks behind the UI (a session of its own: the browser's cookie is
	// bound to the browser's id). n8n allows 5 logins a minute per account.
	const cookie = await rest.login(apiUrl, DEFAULT_OWNER.email, DEFAULT_OWNER.password);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_FLAGS,
	});
	let scratchWorkflowId;
	let page;
	try {
		page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		page.setDefaultTimeout(30000);
		page.on('console', (m) =>
			consoleLines.push(`[${new Date().toISOString()}] console.${m.type()}: ${m.text()}`),
		);
		page.on('pageerror', (e) =>
			consoleLines.push(`[${new Date().toISOString()}] pageerror: ${e.stack || e.message}`),
		);
		page.on('requestfailed', (r) =>
			consoleLines.push(
				`[${new Date().toISOString()}] requestfailed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`,
			),
		);
		// "Leave without saving?" never blocks a navigation.
		page.on('dialog', (dialog) => void dialog.accept());

		await step('sign in', async () => {
			await page.goto(`${editorUrl}/signin`);
			await page.fill('input[name="emailOrLdapLoginId"]', DEFAULT_OWNER.email);
			await page.fill('input[name="password"]', DEFAULT_OWNER.password);
			await page.click('[data-test-id="form-submit-button"]');
			await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60000 });
		});

		const items = page.locator('[data-test-id="node-creator-item-name"]');
		const search = page.locator('[data-test-id="node-creator-search-bar"]');
		await step(
			`node panel: ${SEARCHES.map((q) => `"${q}"`).join(', ')} find ${want.nodeName}`,
			async () => {
				await page.goto(`${editorUrl}/workflow/new`);
				// The first editor load compiles and serves the whole front end: allow for a slow machine.
				await page
					.locator('[data-test-id="canvas-plus-button"]')
					.first()
					.waitFor({ timeout: 90000 });
				const ours = items.filter({ hasText: exact(want.nodeName) });
				for (const query of SEARCHES) {
					// A freshly opened panel (its start page lists categories, not our node) for each query,
					// so a result can never be left over from the previous search.
					if (await search.isVisible()) await page.keyboard.press('Escape');
					await search.waitFor({ state: 'hidden' });
					await page.click('[data-test-id="node-creator-plus-button"]');
					await search.waitFor();
					assert.equal(
						await ours.count(),
						0,
						`the node panel's start page already lists "${want.nodeName}"`,
					);
					await search.fill(query);
					await ours
						.first()
						.waitFor({ timeout: 15000 })
						.catch(async () => {
							const shown = await items.allTextContents();
							throw new Error(
								`searching "${query}" in the node panel lists no "${want.nodeName}" (shown: ${shown.slice(0, 12).join(', ') || 'nothing'})`,
							);
						});
				}
			},
		);

		await step(
			`${want.nodeName} → ${want.resourceLabel} → ${want.operationLabel} ("${want.actionLabel}") opens its form`,
			async () => {
				await search.fill(want.nodeName);
				await items
					.filter({ hasText: exact(want.nodeName) })
					.first()
					.click();
				// A new workflow shows the node's triggers and its (collapsed) actions.
				const actionsHeader = page.locator('[data-test-id="node-creator-category-item"]', {
					hasText: /^\s*Actions/,
				});
				const action = items.filter({ hasText: exact(want.actionLabel) }).first();
				await Promise.any([actionsHeader.first().waitFor(), action.waitFor()]);
				if (!(await action.isVisible())) await actionsHeader.first().click();
				await action.click();
				const ndv = page.locator('[data-test-id="ndv"]');
				await ndv.waitFor();
				for (const [parameter, label] of [
					['resource', want.resourceLabel],
					['operation', want.operationLabel],
				]) {
					const input = ndv.locator(`[data-test-id="parameter-input-${parameter}"] input`).first();
					let shown = '';
					for (let i = 0; i < 50 && shown !== label; i++) {
						shown = await input.inputValue().catch(() => '');
						if (shown !== label) await page.waitForTimeout(200);
					}
					assert.equal(
						shown,
						label,
						`the node's form shows ${parameter} "${shown}", expected "${label}"`,
					);
				}
				const match = /\/workflow\/([^/?#]+)/.exec(page.url());
				if (match && match[1] !== 'new') scratchWorkflowId = match[1];
			},
		);

		await step(
			`${want.nodeName} → ${want.createContact.resourceLabel} → ${want.createContact.operationLabel} shows ${want.createContact.fields.map((f) => f.label).join(', ')} as fields of their own`,
			async () => {
				assert.ok(
					want.createContact.fields.length >= 3,
					`Contact → Create has ${want.createContact.fields.length} own text fields in the built node`,
				);
				// The node's form is still open: pick the resource as a user does; Create is its default operation.
				const ndv = page.locator('[data-test-id="ndv"]');
				await ndv.locator('[data-test-id="parameter-input-resource"]').first().click();
				const label = want.createContact.resourceLabel;
				// An option's text is its name and description: match the name (`.option-headline`).
				await page
					.locator('[data-test-id="parameter-input-item"]')
					.filter({ has: page.locator('.option-headline', { hasText: exact(label) }) })
					.first()
					.click();
				const operation = ndv.locator('[data-test-id="parameter-input-operation"] input').first();
				let shown = '';
				for (let i = 0; i < 50 && shown !== want.createContact.operationLabel; i++) {
					shown = await operation.inputValue().catch(() => '');
					if (shown !== want.createContact.operationLabel) await page.waitForTimeout(200);
				}
				assert.equal(
					shown,
					want.createContact.operationLabel,
					'the operation after picking Contact',
				);
				for (const field of want.createContact.fields) {
					const input = ndv.locator(`[data-test-id="parameter-input-${field.name}"]`).first();
					await input.waitFor({ timeout: 15000 }).catch(() => {
						throw new Error(
							`Contact → Create shows no "${field.label}" field (parameter-input-${field.name})`,
						);
					});
					assert.ok(await input.isVisible(), `the "${field.label}" field is not visible`);
					assert.ok(
						(await ndv.innerText()).includes(field.label),
						`the form does not show the label "${field.label}"`,
					);
				}
				await page.click('[data-test-id="ndv-close-button"]');
			},
		);

		await step(
			`the ClickSend Trigger's canvas subtitle is its event ("${want.trigger.subtitle}"), not "${want.trigger.eventValue}"`,
			async () => {
				await page.goto(`${editorUrl}/workflow/${want.trigger.workflowId}`);
				const node = page.locator(
					`[data-test-id="canvas-node"][data-node-name="${want.trigger.nodeName}"]`,
				);
				const text = await canvasNodeText(page, node, want.trigger.subtitle);
				assert.ok(
					text.includes(want.trigger.subtitle),
					`the trigger node on the canvas reads "${text}", expected the subtitle "${want.trigger.subtitle}"`,
				);
				assert.ok(
					!text.includes(want.trigger.eventValue),
					`the trigger node on the canvas still shows the saved value "${want.trigger.eventValue}"`,
				);
			},
		);

		let sentBefore;
		let before;
		await step(
			`example "${want.example.id}": Execute workflow → "${want.example.nodeName}" succeeds on the canvas`,
			async () => {
				sentBefore = await sandboxSmsCount();
				before = await rest.listExecutions(apiUrl, cookie, { workflowId: want.example.id });
				await page.goto(`${editorUrl}/workflow/${want.example.id}`);
				const execute = page.locator('[data-test-id="execute-workflow-button"]').first();
				await execute.waitFor({ timeout: 60000 });
				await execute.click();
				const node = page.locator(
					`[data-test-id="canvas-node"][data-node-name="${want.example.nodeName}"]`,
				);
				// The canvas subtitle is the operation's action (an expression n8n evaluates).
				const shown = await canvasNodeText(page, node, want.actionLabel);
				assert.ok(
					shown.includes(want.actionLabel),
					`"${want.example.nodeName}" on the canvas reads "${shown}", expected the subtitle "${want.actionLabel}"`,
				);
				const success = node.locator('[data-test-id="canvas-node-status-success"]');
				const failure = node.locator(
					'[data-test-id="canvas-node-status-error"], [data-test-id="canvas-node-status-warning"]',
				);
				await Promise.race([
					success.waitFor({ timeout: 60000 }),
					failure.waitFor({ timeout: 60000 }).then(() => {
						throw new Error(`"${want.example.nodeName}" shows an error on the canvas`);
					}),
				]);
			},
		);

		await step('n8n and the sandbox agree: one manual run, success, one more SMS', async () => {
			let executions = before;
			for (let i = 0; i < 100 && executions.length <= before.length; i++) {
				await page.waitForTimeout(200);
				executions = await rest.listExecutions(apiUrl, cookie, { workflowId: want.example.id });
			}
			assert.ok(executions.length > before.length, 'clicking Execute workflow stored no execution');
			let execution;
			for (let i = 0; i < 100; i++) {
				execution = await rest.getExecution(apiUrl, cookie, executions[0].id);
				if (execution.finished || !['running', 'new'].includes(execution.status)) break;
				await page.waitForTimeout(300);
			}
			assert.equal(execution.status, 'success', `execution ${executions[0].id} status`);
			assert.equal(execution.mode, 'manual');
			assert.equal(await sandboxSmsCount(), sentBefore + 1, 'the sandbox got one more SMS');
		});
		console.log(
			`PASS browser: signed in, found ${want.nodeName} by ${SEARCHES.join('/')}, opened ${want.resourceLabel} → ${want.operationLabel}, saw Contact → Create's own fields and the trigger's subtitle "${want.trigger.subtitle}", ran the example in the editor (success)`,
		);
		if (!process.env.BROWSER_CHECK_OUT) fs.rmSync(out, { recursive: true, force: true });
	} catch (error) {
		const saved = [];
		const screenshot = path.join(out, 'failure.png');
		const html = path.join(out, 'failure.html');
		const consoleFile = path.join(out, 'browser-console.log');
		if (page) {
			await page
				.screenshot({ path: screenshot, fullPage: true })
				.then(() => saved.push(screenshot))
				.catch(() => undefined);
			await page
				.content()
				.then((content) => {
					fs.writeFileSync(html, content);
					saved.push(html);
				})
				.catch(() => undefined);
		}
		fs.writeFileSync(consoleFile, `${consoleLines.join('\n')}\n`);
		saved.push(consoleFile);
		error.message = `step "${current}": ${error.message}${page ? ` (page: ${page.url()})` : ''}\n  saved: ${saved.join('\n         ')}`;
		throw error;
	} finally {
		await browser.close().catch(() => undefined);
		if (scratchWorkflowId) {
			// n8n 2.x deletes only archived workflows.
			await rest
				.restRequest(apiUrl, cookie, 'POST', `/rest/workflows/${scratchWorkflowId}/archive`)
				.catch(() => undefined);
			await rest
				.restRequest(apiUrl, cookie, 'DELETE', `/rest/workflows/${scratchWorkflowId}`)
				.catch(() => undefined);
		}
	}
}

main().catch((error) => {
	console.log(`FAIL browser: ${error && error.stack ? error.stack : error}`);
	process.exit(1);
});
