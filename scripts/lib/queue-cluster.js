'use strict';
/**
 * An n8n queue-mode cluster for the queue e2e suite: Redis and PostgreSQL (./services.js, temp
 * data), then n8n as main (`n8n start`), one worker (`n8n worker`) and two webhook processes
 * (`n8n webhook`), EXECUTIONS_MODE=queue, one encryption key, each process with its own user folder
 * (and its own install of the package, as users must do), ports and log file. Peak memory is
 * sampled per process tree.
 */
const crypto = require('node:crypto');
const path = require('node:path');

const runtime = require('./runtime');
const rest = require('./n8n-rest');
const { importInto } = require('./n8n-cli');
const { installPackage } = require('./pack');
const services = require('./services');
const { treeRssKb } = require('./processes');

const rssMb = (pid) => Math.round(treeRssKb(pid) / 1024);

/** The environment every process of the cluster shares. */
function queueEnv({ redis, postgres, webhookPort, verbose }) {
	return {
		EXECUTIONS_MODE: 'queue',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: postgres.password,
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		// Production webhook URLs (a rule's action_address) point at webhook process 1.
		WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`,
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		N8N_LOG_LEVEL: verbose ? 'debug' : 'info',
		N8N_LOG_OUTPUT: 'console',
	};
}

/**
 * Start Redis, Postgres and the four n8n processes; import `credentialList` and `workflowList`
 * into Postgres first (the first import runs n8n's migrations).
 * @param {object} o
 * @param {string} o.tmp          the suite's temp dir (data, user folders, logs)
 * @param {string} o.tarball      the packed package, installed into every process' user folder
 * @param {object} o.reaper       processes.startReaper(): ends our process groups if the suite is killed
 * @param {(pgid: number, role: string) => void} [o.onProcess]  told each n8n process' group and role
 * @param {(line: string) => void} o.log
 * @returns {Promise<object>} { redis, postgres, procs, main, worker, webhook1, webhook2, baseUrl,
 *   cookie, peak, sample(), stop() }
 */
async function startCluster({
	tmp,
	tarball,
	reaper,
	credentialList,
	workflowList,
	onProcess,
	log,
	verbose,
}) {
	const cluster = { procs: [], peak: {} };
	cluster.stop = async () => {
		await Promise.all(cluster.procs.map((proc) => proc.stop().catch(() => undefined)));
		if (cluster.postgres) await cluster.postgres.stop().catch(() => undefined);
		if (cluster.redis) await cluster.redis.stop().catch(() => undefined);
	};
	let t0 = Date.now();
	const installed = services.ensurePackages(log);
	if (installed.length) log(`installed ${installed.join(', ')} in ${Date.now() - t0} ms`);
	[cluster.redis, cluster.postgres] = await Promise.all([
		services.startRedis({ dir: path.join(tmp, 'redis'), onSpawn: (pid) => reaper.add(pid) }),
		services.startPostgres({ dir: path.join(tmp, 'postgres'), onSpawn: (pid) => reaper.add(pid) }),
	]);
	log(
		`Redis on 127.0.0.1:${cluster.redis.port} (${cluster.redis.startMs} ms), ${cluster.postgres.version} on 127.0.0.1:${cluster.postgres.port} (${cluster.postgres.startMs} ms)`,
	);

	const [webhook1Port, webhook2Port, mainPort, workerPort] = await Promise.all(
		[1, 2, 3, 4].map(() => runtime.freePort()),
	);
	const env = queueEnv({ ...cluster, webhookPort: webhook1Port, verbose });

	t0 = Date.now();
	const cliFolder = path.join(tmp, 'cli');
	installPackage(tarball, cliFolder);
	await importInto('credentials', credentialList, { userFolder: cliFolder, env });
	await importInto('workflow', workflowList, { userFolder: cliFolder, env });
	log(`credentials and workflows imported into Postgres in ${Date.now() - t0} ms`);

	const start = async (role, command, port, args = []) => {
		const userFolder = path.join(tmp, role);
		installPackage(tarball, userFolder);
		const proc = await runtime.startN8n({
			command,
			args,
			port,
			userFolder,
			env: role === 'main' ? { ...env, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' } : env,
			timeoutMs: 180000,
			onSpawn: (child) => reaper.add(child.pid),
		});
		proc.role = role;
		cluster.procs.push(proc);
		if (onProcess) onProcess(proc.process.pid, role);
		const rss = rssMb(proc.process.pid);
		cluster.peak[role] = Math.max(cluster.peak[role] || 0, rss);
		log(
			`${role} (n8n ${command}) ready on 127.0.0.1:${proc.port} in ${(proc.startMs / 1000).toFixed(1)}s, RSS ${rss} MB`,
		);
		return proc;
	};
	// Main first: it owns the schema, the owner account and the leader role.
	t0 = Date.now();
	cluster.main = await start('main', 'start', mainPort);
	cluster.baseUrl = cluster.main.baseUrl;
	cluster.cookie = await rest.login(
		cluster.baseUrl,
		cluster.main.owner.email,
		cluster.main.owner.password,
	);
	[cluster.worker, cluster.webhook1, cluster.webhook2] = await Promise.all([
		start('worker', 'worker', workerPort, ['--concurrency=5']),
		start('webhook-1', 'webhook', webhook1Port),
		start('webhook-2', 'webhook', webhook2Port),
	]);
	log(`all four n8n processes ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

	cluster.sample = () => {
		for (const proc of cluster.procs)
			cluster.peak[proc.role] = Math.max(cluster.peak[proc.role] || 0, rssMb(proc.process.pid));
		cluster.peak.redis = Math.max(cluster.peak.redis || 0, rssMb(cluster.redis.pid));
		cluster.peak.postgres = Math.max(cluster.peak.postgres || 0, rssMb(cluster.postgres.pid));
	};
	cluster.sample();
	return cluster;
}

module.exports = { startCluster };
