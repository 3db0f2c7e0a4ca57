'use strict';
/**
 * Which OS process sent each request a local HTTP server receives (the queue-mode e2e suite: "the
 * SMS was sent by the worker", "the poll ran on main" as facts about sockets, not about logs). For
 * every request the server's 'request' event looks up which process owns the client end of that TCP
 * connection (/proc/net/tcp → socket inode → /proc/<pid>/fd) and maps the pid to a role by its
 * process group (each n8n process runs in its own group, with its task runners). Linux only.
 */
const fs = require('node:fs');

/** Inode of the client end of a TCP connection 127.0.0.1:clientPort → 127.0.0.1:serverPort. */
function clientSocketInode(clientPort, serverPort) {
	for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
		let text;
		try {
			text = fs.readFileSync(file, 'utf8');
		} catch {
			continue;
		}
		for (const line of text.split('\n').slice(1)) {
			const fields = line.trim().split(/\s+/);
			if (fields.length < 10) continue;
			const local = parseInt(fields[1].split(':').pop(), 16);
			const remote = parseInt(fields[2].split(':').pop(), 16);
			if (local === clientPort && remote === serverPort && fields[9] !== '0') return fields[9];
		}
	}
	return undefined;
}

function processGroupOf(pid) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
	} catch {
		return undefined;
	}
}

function ownsSocket(pid, inode) {
	const wanted = `socket:[${inode}]`;
	let fds;
	try {
		fds = fs.readdirSync(`/proc/${pid}/fd`);
	} catch {
		return false;
	}
	for (const fd of fds) {
		try {
			if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === wanted) return true;
		} catch {
			/* closed meanwhile */
		}
	}
	return false;
}

/**
 * Records, for every request the sandbox receives, which of our processes sent it. Runs in the
 * server's 'request' event: the client is waiting for the answer, so its socket is still open.
 */
class RequestOrigins {
	constructor(server, serverPort) {
		this.serverPort = serverPort;
		/** process group id → role */
		this.roles = new Map([[processGroupOf(process.pid), 'suite']]);
		this.entries = [];
		server.on('request', (req) => this.record(req));
	}

	addProcess(pgid, role) {
		this.roles.set(pgid, role);
	}

	roleOfSocket(inode) {
		for (const entry of fs.readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			const role = this.roles.get(processGroupOf(Number(entry)));
			if (role && ownsSocket(entry, inode)) return role;
		}
		return 'unknown';
	}

	record(req) {
		const url = new URL(req.url, 'http://sandbox');
		const inode = clientSocketInode(req.socket.remotePort, this.serverPort);
		this.entries.push({
			at: Date.now(),
			method: req.method,
			path: url.pathname.replace(/^\/v3/, ''),
			role: inode ? this.roleOfSocket(inode) : 'unknown',
		});
	}

	/** Entries for `method path` (path below /v3: exact string or RegExp), optionally since an index. */
	to(method, pathOrRegExp, since = 0) {
		return this.entries
			.slice(since)
			.filter(
				(entry) =>
					entry.method === method &&
					(typeof pathOrRegExp === 'string'
						? entry.path === pathOrRegExp
						: pathOrRegExp.test(entry.path)),
			);
	}

	get mark() {
		return this.entries.length;
	}
}

// ---------------------------------------------------------------------------------------------

module.exports = { RequestOrigins };
