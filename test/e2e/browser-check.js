'use strict';
/**
 * Optional: drives the running `npm run dev` instance in a headless Chromium, as a person would:
 * signs in on the login page, opens the "send an SMS" example, clicks "Execute workflow", and then
 * checks through n8n's REST API and the sandbox that the run succeeded and the SMS reached the
 * sandbox. Saves screenshots to $BROWSER_CHECK_OUT (default: the OS temp dir).
 *
 * Needs Chromium and playwright-core, which are not dependencies of this repo:
 *   apt-get install chromium     (or set CHROMIUM_PATH)
 *   npm install --prefix /tmp/pw playwright-core   then PLAYWRIGHT_CORE=/tmp/pw/node_modules/playwright-core
 * Usage: node test/e2e/browser-check.js
 */
const assert = require('node:assert/strict');
const os = require('node:os');
const path = require('node:path');

const runtime = require('../../scripts/lib/runtime');

const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
const port = process.env.CLICKSEND_DEV_PORT || 5678;
const editorUrl = `http://localhost:${port}`;
const apiUrl = `http://127.0.0.1:${port}`;
const sandboxUrl = `http://127.0.0.1:${process.env.CLICKSEND_SANDBOX_PORT || 4010}/v3`;
const out = process.env.BROWSER_CHECK_OUT || os.tmpdir();
const SEND_SMS_ID = 'exClickSendSms01';

async function sandboxHistory() {
	const res = await fetch(`${sandboxUrl}/sms/history?limit=100`, {
		headers: { authorization: `Basic ${Buffer.from('sandbox:SANDBOX-API-KEY').toString('base64')}` },
	});
	return (await res.json()).data;
}

async function main() {
	const cookie = await runtime.login(apiUrl);
	const before = await runtime.listExecutions(apiUrl, cookie, { workflowId: SEND_SMS_ID });
	const sentBefore = (await sandboxHistory()).total;

	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--no-sandbox'],
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		await page.goto(`${editorUrl}/signin`);
		await page.fill('input[name="emailOrLdapLoginId"]', runtime.DEFAULT_OWNER.email);
		await page.fill('input[name="password"]', runtime.DEFAULT_OWNER.password);
		await page.click('[data-test-id="form-submit-button"]');
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30000 });

		await page.goto(`${editorUrl}/workflow/${SEND_SMS_ID}`);
		const execute = page.locator('[data-test-id="execute-workflow-button"]').first();
		await execute.waitFor({ timeout: 60000 });
		await page.screenshot({ path: path.join(out, 'clicksend-dev-workflow.png') });
		await execute.click();

		let executions = before;
		for (let i = 0; i < 100 && executions.length <= before.length; i++) {
			await page.waitForTimeout(300);
			executions = await runtime.listExecutions(apiUrl, cookie, { workflowId: SEND_SMS_ID });
		}
		assert.ok(executions.length > before.length, 'clicking Execute workflow started no execution');
		let execution;
		for (let i = 0; i < 100; i++) {
			execution = await runtime.getExecution(apiUrl, cookie, executions[0].id);
			if (execution.finished || !['running', 'new'].includes(execution.status)) break;
			await page.waitForTimeout(300);
		}
		assert.equal(execution.status, 'success');
		assert.equal(execution.mode, 'manual');
		await page.waitForTimeout(1500);
		await page.screenshot({ path: path.join(out, 'clicksend-dev-executed.png') });
		const history = await sandboxHistory();
		assert.equal(history.total, sentBefore + 1, 'the sandbox got one more SMS');
		console.log(
			`PASS browser: signed in, opened "${SEND_SMS_ID}", clicked Execute workflow → execution ${executions[0].id} success (manual), SMS ${history.data[0].message_id} at the sandbox; screenshots in ${out}`,
		);
	} finally {
		await browser.close();
	}
}

main().catch((error) => {
	console.log(`FAIL ${error && error.stack ? error.stack : error}`);
	process.exit(1);
});
