'use strict';
/**
 * Process trees of the e2e suites (Linux /proc): their memory, and a watchdog that ends them and
 * deletes the suite's temp dir when the suite itself is killed.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/**
 * Resident memory (kB) of process `pid` and all its descendants (Linux /proc): an n8n process
 * with its task runner, the postmaster with its backends (which run in process groups of their
 * own, so a process-group sum would miss them).
 */
function treeRssKb(pid) {
	const children = new Map();
	const rss = new Map();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			// pid (comm) state ppid …: comm may hold spaces, so split after the last ')'.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (!children.has(ppid)) children.set(ppid, []);
			children.get(ppid).push(Number(entry));
			const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'));
			rss.set(Number(entry), match ? Number(match[1]) : 0);
		} catch {
			/* the process ended meanwhile */
		}
	}
	let total = 0;
	const queue = [pid];
	while (queue.length) {
		const next = queue.pop();
		total += rss.get(next) || 0;
		queue.push(...(children.get(next) || []));
	}
	return total;
}

/**
 * A watchdog for the case no exit handler can cover (the suite is SIGKILLed, e.g. by a CI
 * timeout): a detached `sh` that waits for this process to disappear, then ends the process
 * groups listed in `<dir>/.process-groups` (each add() appends one; SIGTERM, SIGKILL 5 s later;
 * Postgres backends exit when their postmaster is gone) and deletes `dir` unless `keepDir`. stop() ends the watchdog itself (call it after the normal cleanup).
 * @returns {{ add: (pgid: number) => void, stop: () => void }}
 */
function startReaper(dir, { keepDir = false } = {}) {
	const listFile = path.join(dir, '.process-groups');
	fs.writeFileSync(listFile, '');
	const script =
		'while kill -0 "$1" 2>/dev/null; do sleep 2; done; ' +
		'if [ -s "$2" ]; then ' +
		'for g in $(cat "$2"); do kill -TERM "-$g" 2>/dev/null; done; sleep 5; ' +
		'for g in $(cat "$2"); do kill -KILL "-$g" 2>/dev/null; done; fi; ' +
		'if [ "$4" != keep ]; then rm -rf "$3"; fi';
	const child = spawn(
		'sh',
		[
			'-c',
			script,
			'clicksend-e2e-reaper',
			String(process.pid),
			listFile,
			dir,
			keepDir ? 'keep' : 'delete',
		],
		{
			detached: true,
			stdio: 'ignore',
		},
	);
	child.unref();
	return {
		add(pgid) {
			fs.appendFileSync(listFile, `${pgid}\n`);
		},
		stop() {
			try {
				process.kill(child.pid, 'SIGKILL');
			} catch {
				/* gone */
			}
		},
	};
}

module.exports = { treeRssKb, startReaper };
