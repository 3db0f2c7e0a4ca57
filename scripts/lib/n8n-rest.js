'use strict';
/**
 * n8n's internal REST API as the editor uses it, for the e2e suites and the dev instance: owner
 * set-up, login, activation, executions. Differences between the tested lines are handled here:
 *
 *   - Owner: n8n ≥ 2.17 creates it from the environment; 1.123 and 2.0 take
 *     `POST /rest/owner/setup {email, firstName, lastName, password}` once (then 400 "Instance owner
 *     already setup").
 *   - Login: `POST /rest/login {emailOrLdapLoginId, password}` sets the `n8n-auth` cookie (all
 *     lines); rate limited to 5 attempts a minute per login id: log in once, reuse the cookie.
 *   - Activation: `POST /rest/workflows/:id/activate {versionId}` on every line. 2.41 then registers
 *     the triggers asynchronously (publication outbox) and reports progress at
 *     `GET /rest/workflows/:id/publication-status`; 1.123 and 2.0 have no such route (404) and have
 *     registered them when the call returns.
 *   - Production webhooks: `${baseUrl}/webhook/<path>` (WEBHOOK_URL is set to baseUrl).
 */
const path = require('node:path');

const { atLeast, currentLine } = require('./n8n-lines');
const { linePaths } = require('./provision');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * fetch() with one retry when a pooled keep-alive socket turns out to be dead: after this process
 * was busy past the server's 5 s keep-alive timeout, undici may write the next request onto a
 * socket the server already closed ("other side closed") before n8n ever saw it.
 */
async function fetchRetry(url, init) {
	try {
		return await fetch(url, init);
	} catch (err) {
		const code = err && err.cause && err.cause.code;
		if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE') {
			return await fetch(url, init);
		}
		throw err;
	}
}

/**
 * Call the REST API, with the auth cookie when given.
 * @returns {Promise<{ status: number, body: any, text: string }>} body: parsed JSON (n8n wraps most
 *   results in `{ data: ... }`) or null.
 */
async function restRequest(baseUrl, cookie, method, urlPath, body) {
	const headers = { accept: 'application/json' };
	if (cookie) headers.cookie = cookie;
	if (body !== undefined) headers['content-type'] = 'application/json';
	const res = await fetchRetry(`${baseUrl}${urlPath.startsWith('/') ? '' : '/'}${urlPath}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	let parsed = null;
	try {
		parsed = text ? JSON.parse(text) : null;
	} catch {
		parsed = null;
	}
	return { status: res.status, body: parsed, text };
}

/** Create the owner account where n8n cannot take it from the environment (before 2.17). */
async function ensureOwner(baseUrl, { email, password }) {
	if (atLeast(currentLine(), '2.17.0')) return;
	const res = await restRequest(baseUrl, undefined, 'POST', '/rest/owner/setup', {
		email,
		firstName: 'Owner',
		lastName: 'Example',
		password,
	});
	if (res.status === 200 || (res.status === 400 && /already setup/i.test(res.text))) return;
	throw new Error(`owner set-up failed: HTTP ${res.status} ${res.text}`);
}

/** Log in; @returns {Promise<string>} the cookie header value, e.g. "n8n-auth=eyJ..." */
async function login(baseUrl, email, password) {
	const res = await fetchRetry(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: email, password }),
	});
	const text = await res.text();
	if (res.status !== 200) throw new Error(`login failed: HTTP ${res.status} ${text}`);
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.filter((c) => c.startsWith('n8n-auth='))
		.join('; ');
	if (!cookie) throw new Error('login returned no n8n-auth cookie');
	return cookie;
}

/**
 * Wait until a workflow's triggers are live (n8n 2.41's publication outbox): polls
 * `GET /rest/workflows/:id/publication-status` until 'published' (for `versionId` when given).
 * Also needed after a start for workflows published before it. Returns null at once on lines
 * without the route. Throws on 'failed'/'partial' with the triggers' errors.
 */
async function waitForPublication(
	baseUrl,
	cookie,
	workflowId,
	{ versionId, timeoutMs = 30000 } = {},
) {
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline) {
		last = await restRequest(
			baseUrl,
			cookie,
			'GET',
			`/rest/workflows/${workflowId}/publication-status`,
		);
		if (last.status === 404) return null; // no outbox: activation was synchronous
		const st = last.body && last.body.data;
		if (st && st.status === 'published' && (!versionId || st.liveVersionId === versionId))
			return st;
		if (st && (st.status === 'failed' || st.status === 'partial')) {
			throw new Error(`publication of ${workflowId} ${st.status}: ${JSON.stringify(st.triggers)}`);
		}
		await sleep(200);
	}
	throw new Error(
		`publication of ${workflowId} not done after ${timeoutMs} ms: ${last && last.text}`,
	);
}

/**
 * Activate ("publish") a workflow on a running n8n and wait until its triggers are live. n8n 2.0
 * activates a version from the workflow's history, and `import:workflow` does not write one there
 * ("Version not found"): the workflow is then saved once through the editor's API (`PATCH
 * /rest/workflows/:id`), with its first node moved down one pixel — n8n 2.0 writes a history
 * version only when nodes or connections change, as after a user moved a node and saved.
 */
async function activateWorkflow(baseUrl, cookie, workflowId, { timeoutMs = 30000 } = {}) {
	const get = async () => {
		const wf = await restRequest(baseUrl, cookie, 'GET', `/rest/workflows/${workflowId}`);
		if (wf.status !== 200)
			throw new Error(`GET workflow ${workflowId}: HTTP ${wf.status} ${wf.text}`);
		return wf.body.data;
	};
	const activate = (versionId) =>
		restRequest(baseUrl, cookie, 'POST', `/rest/workflows/${workflowId}/activate`, { versionId });
	let workflow = await get();
	let act = await activate(workflow.versionId);
	if (act.status === 404 && /Version not found/.test(act.text)) {
		const [first, ...others] = workflow.nodes;
		const moved = { ...first, position: [first.position[0], first.position[1] + 1] };
		const save = await restRequest(baseUrl, cookie, 'PATCH', `/rest/workflows/${workflowId}`, {
			nodes: [moved, ...others],
			versionId: workflow.versionId,
		});
		if (save.status !== 200)
			throw new Error(`save ${workflowId}: HTTP ${save.status} ${save.text}`);
		workflow = await get();
		act = await activate(workflow.versionId);
	}
	if (act.status !== 200) throw new Error(`activate ${workflowId}: HTTP ${act.status} ${act.text}`);
	await waitForPublication(baseUrl, cookie, workflowId, {
		versionId: workflow.versionId,
		timeoutMs,
	});
	return act.body.data;
}

/** Deactivate a workflow on a running n8n and wait until its webhooks are gone. */
async function deactivateWorkflow(baseUrl, cookie, workflowId, { timeoutMs = 30000 } = {}) {
	const res = await restRequest(
		baseUrl,
		cookie,
		'POST',
		`/rest/workflows/${workflowId}/deactivate`,
		{},
	);
	if (res.status !== 200)
		throw new Error(`deactivate ${workflowId}: HTTP ${res.status} ${res.text}`);
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const st = await restRequest(
			baseUrl,
			cookie,
			'GET',
			`/rest/workflows/${workflowId}/publication-status`,
		);
		if (st.status === 404 || (st.body && st.body.data && st.body.data.status === 'not_published')) {
			return res.body.data;
		}
		await sleep(200);
	}
	throw new Error(`deactivation of ${workflowId} not done after ${timeoutMs} ms`);
}

/**
 * Executions, newest first: `GET /rest/executions?filter={"workflowId":"…"}&limit=N` →
 * `{ data: { results: [{ id, status, mode, workflowId, ... }], count } }`.
 */
async function listExecutions(baseUrl, cookie, { workflowId, limit = 20 } = {}) {
	const q = new URLSearchParams({ limit: String(limit) });
	if (workflowId) q.set('filter', JSON.stringify({ workflowId }));
	const res = await restRequest(baseUrl, cookie, 'GET', `/rest/executions?${q}`);
	if (res.status !== 200) throw new Error(`list executions: HTTP ${res.status} ${res.text}`);
	return res.body.data.results;
}

/**
 * One execution with its run data: `GET /rest/executions/:id`; its `data` (a `flatted` string) is
 * parsed with n8n's own flatted, so `execution.data.resultData.runData[node][0].data.main[0]` holds
 * the node's items.
 */
async function getExecution(baseUrl, cookie, executionId) {
	const res = await restRequest(baseUrl, cookie, 'GET', `/rest/executions/${executionId}`);
	if (res.status !== 200)
		throw new Error(`get execution ${executionId}: HTTP ${res.status} ${res.text}`);
	const exec = res.body.data;
	if (typeof exec.data === 'string') {
		const flattedPath = require.resolve('flatted', {
			paths: [path.join(linePaths(currentLine()).n8nDir, 'node_modules', 'n8n')],
		});
		exec.data = require(flattedPath).parse(exec.data);
	}
	return exec;
}

module.exports = {
	fetchRetry,
	restRequest,
	ensureOwner,
	login,
	waitForPublication,
	activateWorkflow,
	deactivateWorkflow,
	listExecutions,
	getExecution,
};
