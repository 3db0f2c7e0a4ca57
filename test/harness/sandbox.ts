/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test harness code (the dev sandbox keeps its state in a file and answers on timers), never shipped in the package */
import { randomUUID } from 'crypto';
import { existsSync, readFileSync, writeFileSync } from 'fs';

import { WAIT_MARK } from '../../nodes/ClickSend/waiting/correlation';
import { ClickSendStandIn, type RecordedRequest, type ScriptedResponse } from './stand-in';

/**
 * The ClickSend sandbox: the spec-validating stand-in (every request is still checked by Prism)
 * plus state, so a real n8n can be driven against it end to end and in the dev instance:
 *
 * - automation rules (`/automations/{sms,fax}/inbound`, `/automations/{sms,voice,email,fax}/receipts`):
 *   create (with ids), list, get, update, delete;
 * - ClickSend's test endpoints `POST /sms/inbound` and `POST /sms/receipts` `{ url, webhook_type? }`
 *   deliver a test event to `url`, as ClickSend does. Sandbox extension: `url: "rules"` delivers
 *   it like a real event instead, to the action_address of every enabled URL rule that matches
 *   (dedicated number, message match), and keeps it for POLL rules (`GET /sms/inbound`). Optional
 *   body fields `from`, `to`, `body`, `custom_string`, `message_id`, `status_code` shape the event;
 * - a send log: `POST /sms/send` answers one SUCCESS result per message (message_id, price…),
 *   `INVALID_RECIPIENT` for a malformed number; `GET /sms/history` lists what was sent;
 * - uploads and faxes: `POST /uploads?convert=…` keeps the decoded file and answers its `_url`;
 *   `POST /fax/send` answers one SUCCESS result per fax (pages, price) and logs it;
 * - contact lists and contacts: `GET/POST /lists`, `GET /lists/{id}`, `GET/POST /lists/{id}/contacts`
 *   (with `q=field:value` search), `GET/PUT/DELETE /lists/{id}/contacts/{contact_id}`.
 *
 * Everything else gets the spec's example answer (the stand-in's default).
 */

type Json = Record<string, unknown>;

export interface SandboxOptions {
	/** TCP port on 127.0.0.1 (0 = any free one). */
	port?: number;
	/** When set, any other API username/key gets ClickSend's 401 INVALID_CREDENTIALS. */
	credentials?: { username: string; apiKey: string };
	/** Called with one line per notable event (sends, rule changes, deliveries). */
	log?: (line: string) => void;
	/**
	 * A JSON file that keeps rules, lists, contacts, sent messages and the inbox across restarts
	 * (the dev instance): n8n does not re-register the webhooks of active workflows when it
	 * restarts, it expects ClickSend to still have the rules, as the real ClickSend does.
	 */
	stateFile?: string;
}

export interface Delivery {
	url: string;
	method: string;
	webhookType: string;
	payload: Json;
	status: number;
	responseText: string;
	error?: string;
}

interface RuleKind {
	path: string;
	idField: 'inbound_rule_id' | 'receipt_rule_id';
}

/** ClickSend's automation rule collections. */
export const RULE_KINDS: RuleKind[] = [
	{ path: '/automations/sms/inbound', idField: 'inbound_rule_id' },
	{ path: '/automations/sms/receipts', idField: 'receipt_rule_id' },
	{ path: '/automations/voice/receipts', idField: 'receipt_rule_id' },
	{ path: '/automations/email/receipts', idField: 'receipt_rule_id' },
	{ path: '/automations/fax/inbound', idField: 'inbound_rule_id' },
	{ path: '/automations/fax/receipts', idField: 'receipt_rule_id' },
];

/**
 * Numbers that answer a Send and Wait SMS in the sandbox (ClickSend's test numbers: on a real
 * account they are accepted and never delivered), with their reply.
 */
export const SANDBOX_ANSWERS: Readonly<Record<string, string>> = {
	'+61422222222': 'YES',
	'+61433333333': 'NO',
};

const USER_ID = 424242;
const DEDICATED_NUMBER = '+61480000000';

function envelope(
	status: number,
	code: string,
	msg: string,
	data: unknown = null,
): ScriptedResponse {
	return { status, body: { http_code: status, response_code: code, response_msg: msg, data } };
}

const ok = (data: unknown, msg = 'Here are your data.') => envelope(200, 'SUCCESS', msg, data);
const notFound = () => envelope(404, 'NOT_FOUND', 'Resource not found.');
const now = () => Math.floor(Date.now() / 1000);
const messageId = () => randomUUID().toUpperCase();

function one(value: unknown): string | undefined {
	if (Array.isArray(value)) return value.length ? String(value[value.length - 1]) : undefined;
	return value === undefined || value === null ? undefined : String(value);
}

/** ClickSend's page envelope over `rows`, from the request's `page` and `limit`. */
function paginate(request: RecordedRequest, rows: unknown[]): Json {
	const page = Math.max(1, Number(one(request.query.page) ?? 1) || 1);
	const limit = Math.max(1, Number(one(request.query.limit) ?? 15) || 15);
	const lastPage = Math.max(1, Math.ceil(rows.length / limit));
	const start = (page - 1) * limit;
	const data = rows.slice(start, start + limit);
	return {
		total: rows.length,
		per_page: limit,
		current_page: page,
		last_page: lastPage,
		next_page_url: page < lastPage ? `/?page=${page + 1}` : null,
		prev_page_url: page > 1 ? `/?page=${page - 1}` : null,
		from: data.length ? start + 1 : null,
		to: data.length ? start + data.length : null,
		data,
	};
}

/** `q=field:value,field:value`: every term must match (case-insensitive substring, as ClickSend). */
function searchMatches(row: Json, q: string | undefined): boolean {
	if (!q) return true;
	return q.split(',').every((term) => {
		const at = term.indexOf(':');
		if (at < 0) return true;
		const field = term.slice(0, at);
		// A `+` in a query string arrives as a space: phone numbers are also compared by digits.
		const wanted = term
			.slice(at + 1)
			.trim()
			.toLowerCase();
		const value = row[field];
		if (value === undefined || value === null) return false;
		return (
			String(value).toLowerCase().includes(wanted) ||
			(digits(wanted) !== '' && digits(value).includes(digits(wanted)))
		);
	});
}

function digits(value: unknown): string {
	return String(value ?? '').replace(/\D/g, '');
}

export class ClickSendSandbox {
	/** Rules by collection path, then by id. */
	readonly rules = new Map<string, Map<string, Json>>();

	/** Every message accepted by `POST /sms/send`, in order. */
	readonly sentSms: Json[] = [];

	/** Every webhook delivery the sandbox made. */
	readonly deliveries: Delivery[] = [];

	/** Inbound SMS kept for POLL rules (`GET /sms/inbound`). */
	readonly inbox: Json[] = [];

	readonly lists = new Map<number, Json>();

	/** Every file uploaded (`POST /uploads`), decoded. */
	readonly uploads: Array<{ convert: string; url: string; bytes: Buffer }> = [];

	/** Every fax accepted by `POST /fax/send`, in order. */
	readonly sentFaxes: Json[] = [];

	readonly contacts = new Map<number, Map<number, Json>>();

	private nextRuleId = 500001;

	private nextListId = 1001;

	private nextContactId = 900001;

	private constructor(
		readonly standIn: ClickSendStandIn,
		private readonly log: (line: string) => void,
		private readonly stateFile?: string,
	) {
		for (const kind of RULE_KINDS) this.rules.set(kind.path, new Map());
		if (!this.load()) this.createList('n8n sandbox');
		this.routes();
	}

	static async start(options: SandboxOptions = {}): Promise<ClickSendSandbox> {
		const standIn = await ClickSendStandIn.start(options.port ?? 0);
		if (options.credentials)
			standIn.requireCredentials(options.credentials.username, options.credentials.apiKey);
		return new ClickSendSandbox(standIn, options.log ?? (() => undefined), options.stateFile);
	}

	/** Restores the state file; false when there is none. */
	private load(): boolean {
		if (!this.stateFile || !existsSync(this.stateFile)) return false;
		const state = JSON.parse(readFileSync(this.stateFile, 'utf8')) as {
			rules: Record<string, Json[]>;
			lists: Json[];
			contacts: Record<string, Json[]>;
			sentSms: Json[];
			inbox: Json[];
			next: { rule: number; list: number; contact: number };
		};
		for (const kind of RULE_KINDS) {
			for (const rule of state.rules[kind.path] ?? [])
				this.rules.get(kind.path)!.set(String(rule[kind.idField]), rule);
		}
		for (const list of state.lists) {
			this.lists.set(Number(list.list_id), list);
			this.contacts.set(
				Number(list.list_id),
				new Map((state.contacts[String(list.list_id)] ?? []).map((c) => [Number(c.contact_id), c])),
			);
		}
		this.sentSms.push(...state.sentSms);
		this.inbox.push(...state.inbox);
		this.nextRuleId = state.next.rule;
		this.nextListId = state.next.list;
		this.nextContactId = state.next.contact;
		this.log(`state restored from ${this.stateFile}`);
		return true;
	}

	/** Writes the state file (after every request that changed something). */
	private save(): void {
		if (!this.stateFile) return;
		const state = {
			rules: Object.fromEntries(
				[...this.rules].map(([path, rules]) => [path, [...rules.values()]]),
			),
			lists: [...this.lists.values()],
			contacts: Object.fromEntries(
				[...this.contacts].map(([listId, contacts]) => [String(listId), [...contacts.values()]]),
			),
			sentSms: this.sentSms.slice(-1000),
			inbox: this.inbox.slice(-1000),
			next: { rule: this.nextRuleId, list: this.nextListId, contact: this.nextContactId },
		};
		writeFileSync(this.stateFile, JSON.stringify(state, null, 1));
	}

	/** Base URL to put in the credential, e.g. http://127.0.0.1:4010/v3 */
	get baseUrl(): string {
		return this.standIn.baseUrl;
	}

	async close(): Promise<void> {
		for (const timer of this.answerTimers) clearTimeout(timer);
		await this.standIn.close();
	}

	private readonly answerTimers = new Set<NodeJS.Timeout>();

	/**
	 * SMS → Send and Wait for Response without a phone: a Send and Wait SMS (custom string
	 * `n8n-wait:…`) to one of SANDBOX_ANSWERS gets a delivery receipt ("delivered") after
	 * `receiptAfterMs` and the number's reply after `replyAfterMs`, delivered to the rules like
	 * real events. Other SMS get no automatic answer.
	 */
	private answerLater(sms: Json): void {
		const reply = SANDBOX_ANSWERS[String(sms.to)];
		if (!reply || !String(sms.custom_string ?? '').startsWith(WAIT_MARK)) return;
		const later = (ms: number, action: () => Promise<unknown>) => {
			const timer = setTimeout(() => {
				this.answerTimers.delete(timer);
				void action().catch((error) => this.log(`automatic answer failed: ${String(error)}`));
			}, ms);
			timer.unref?.();
			this.answerTimers.add(timer);
		};
		later(this.answerDelays.receiptAfterMs, () =>
			this.deliverSmsReceipt({ message_id: sms.message_id, status_code: 201 }),
		);
		later(this.answerDelays.replyAfterMs, () =>
			this.deliverInboundSms({
				from: sms.to,
				to: sms.from,
				body: reply,
				original_message_id: sms.message_id,
				original_body: sms.body,
				custom_string: sms.custom_string,
			}),
		);
	}

	/** When the automatic answers to SANDBOX_ANSWERS numbers come (tests shorten or lengthen them). */
	readonly answerDelays = { receiptAfterMs: 1000, replyAfterMs: 3000 };

	/** The rules of one collection, e.g. `/automations/sms/inbound`. */
	rulesAt(path: string): Json[] {
		return [...(this.rules.get(path)?.values() ?? [])];
	}

	/** Drops rules (all collections) that `predicate` picks, e.g. stale ones of a dev workflow. */
	forgetRules(predicate: (rule: Json) => boolean): number {
		let dropped = 0;
		for (const rules of this.rules.values()) {
			for (const [id, rule] of rules) {
				if (!predicate(rule)) continue;
				rules.delete(id);
				dropped++;
			}
		}
		if (dropped) this.save();
		return dropped;
	}

	/** The default contact list's id (the first list). */
	get defaultListId(): number {
		return [...this.lists.keys()][0];
	}

	createList(name: string): Json {
		const listId = this.nextListId++;
		const list: Json = {
			list_id: listId,
			list_name: name,
			list_email_id: `sandbox${listId}`,
			_contacts_count: 0,
		};
		this.lists.set(listId, list);
		this.contacts.set(listId, new Map());
		return list;
	}

	/**
	 * Deliver an inbound SMS as a real one: to every enabled URL rule of `/automations/sms/inbound`
	 * that matches, and into the inbox when a POLL rule matches. Returns the deliveries made.
	 */
	async deliverInboundSms(fields: Json = {}): Promise<{ sms: Json; deliveries: Delivery[] }> {
		const sms = this.inboundSms(fields);
		const deliveries: Delivery[] = [];
		let polled = false;
		for (const rule of this.rulesAt('/automations/sms/inbound')) {
			if (Number(rule.enabled ?? 1) === 0 || !this.ruleMatches(rule, sms)) continue;
			const action = String(rule.action ?? '').toUpperCase();
			if (action === 'URL' && rule.action_address) {
				deliveries.push(
					await this.deliver(String(rule.action_address), String(rule.webhook_type ?? 'post'), sms),
				);
			} else if (action === 'POLL' && !polled) {
				polled = true;
				this.inbox.push({ ...sms, _read: false });
			}
		}
		this.log(
			`inbound SMS from ${String(sms.from)}: "${String(sms.body)}" → ${deliveries.length} webhook(s)${polled ? ' + POLL inbox' : ''}`,
		);
		return { sms, deliveries };
	}

	/** Deliver an SMS delivery receipt to every enabled URL rule of `/automations/sms/receipts`. */
	async deliverSmsReceipt(fields: Json = {}): Promise<{ receipt: Json; deliveries: Delivery[] }> {
		const receipt = this.smsReceipt(fields);
		const deliveries: Delivery[] = [];
		for (const rule of this.rulesAt('/automations/sms/receipts')) {
			if (Number(rule.enabled ?? 1) === 0 || String(rule.action ?? '').toUpperCase() !== 'URL')
				continue;
			deliveries.push(await this.deliver(String(rule.action_address), 'post', receipt));
		}
		this.log(`SMS receipt ${String(receipt.message_id)} → ${deliveries.length} webhook(s)`);
		return { receipt, deliveries };
	}

	/** POST (json or form) or GET (query string) `payload` to `url`, as ClickSend's webhooks do. */
	async deliver(url: string, webhookType: string, payload: Json): Promise<Delivery> {
		const type = webhookType.toLowerCase();
		const form = new URLSearchParams();
		for (const [key, value] of Object.entries(payload))
			form.set(key, value === null || value === undefined ? '' : String(value));
		let target = url;
		let init: RequestInit;
		if (type === 'get') {
			target = `${url}${url.includes('?') ? '&' : '?'}${form.toString()}`;
			init = { method: 'GET' };
		} else if (type === 'json') {
			init = {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(payload),
			};
		} else {
			init = {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: form.toString(),
			};
		}
		const delivery: Delivery = {
			url,
			method: init.method!,
			webhookType: type,
			payload,
			status: 0,
			responseText: '',
		};
		try {
			const response = await fetch(target, { ...init, signal: AbortSignal.timeout(15000) });
			delivery.status = response.status;
			delivery.responseText = await response.text();
		} catch (error) {
			delivery.error = String((error as Error).cause ?? error);
		}
		this.deliveries.push(delivery);
		this.log(
			`delivered ${type} to ${url.replace(/token=[^&]+/, 'token=…')} → ${delivery.status || delivery.error}`,
		);
		return delivery;
	}

	/** The SMS a reply from `from` answers, as ClickSend links it: the last one sent to that number (else the last one). */
	private repliedTo(from: unknown): Json | undefined {
		const sentTo = this.sentSms.filter((sms) => digits(sms.to) === digits(from));
		return sentTo[sentTo.length - 1] ?? this.sentSms[this.sentSms.length - 1];
	}

	private inboundSms(fields: Json): Json {
		const last = this.repliedTo(fields.from ?? '+61411111111');
		return {
			timestamp: String(now()),
			from: fields.from ?? '+61411111111',
			body: fields.body ?? 'Hello from the ClickSend sandbox',
			original_body: fields.original_body ?? last?.body ?? '',
			original_message_id: fields.original_message_id ?? last?.message_id ?? '',
			to: fields.to ?? DEDICATED_NUMBER,
			custom_string: fields.custom_string ?? last?.custom_string ?? '',
			message_id: fields.message_id ?? messageId(),
			user_id: USER_ID,
			subaccount_id: USER_ID,
			_keyword: String(fields.body ?? 'hello')
				.split(/\s+/)[0]
				.toLowerCase(),
		};
	}

	private smsReceipt(fields: Json): Json {
		const last =
			this.sentSms.find(
				(sms) => fields.message_id !== undefined && sms.message_id === fields.message_id,
			) ?? this.sentSms[this.sentSms.length - 1];
		const status = Number(fields.status_code ?? 201);
		return {
			timestamp_send: String(Number(last?.date ?? now())),
			timestamp: String(now()),
			message_id: fields.message_id ?? last?.message_id ?? messageId(),
			status_code: String(status),
			status_text: status === 201 ? 'Success: Message received on handset.' : `Status ${status}`,
			error_code: '',
			error_text: '',
			custom_string: fields.custom_string ?? last?.custom_string ?? '',
			user_id: USER_ID,
			subaccount_id: USER_ID,
			message_type: 'sms',
		};
	}

	private ruleMatches(rule: Json, sms: Json): boolean {
		const number = String(rule.dedicated_number ?? '*');
		if (number !== '*' && number !== '' && digits(number) !== digits(sms.to)) return false;
		const type = Number(rule.message_search_type ?? 0);
		const term = String(rule.message_search_term ?? '').toLowerCase();
		const text = String(sms.body ?? '').toLowerCase();
		if (type === 1) return text.startsWith(term);
		if (type === 2) return text.includes(term);
		if (type === 3) return !text.includes(term);
		return true;
	}

	private routes(): void {
		const on = (
			method: string,
			path: string | RegExp,
			respond: (
				request: RecordedRequest,
				match: RegExpExecArray,
			) => ScriptedResponse | Promise<ScriptedResponse>,
		) => {
			this.standIn.on(method, path, async (request) => {
				const match =
					typeof path === 'string'
						? ([request.path] as unknown as RegExpExecArray)
						: path.exec(request.path)!;
				const answer = await respond(request, match);
				if (method !== 'GET') this.save();
				return answer;
			});
		};

		for (const kind of RULE_KINDS) {
			const store = this.rules.get(kind.path)!;
			const single = new RegExp(`^${kind.path}/([^/]+)$`);
			on('POST', kind.path, (request) => {
				const id = this.nextRuleId++;
				const rule: Json = { [kind.idField]: id, ...(request.body as Json), [kind.idField]: id };
				store.set(String(id), rule);
				this.log(
					`rule ${kind.path}/${id} created → ${String(rule.action)} ${String(rule.action_address ?? '').replace(/token=[^&]+/, 'token=…')}`,
				);
				return ok(rule, 'Your record has been added.');
			});
			on('GET', kind.path, (request) => ok(paginate(request, [...store.values()])));
			on('GET', single, (_request, match) => {
				const rule = store.get(match[1]);
				return rule ? ok(rule) : notFound();
			});
			on('PUT', single, (request, match) => {
				const rule = store.get(match[1]);
				if (!rule) return notFound();
				Object.assign(rule, request.body as Json, { [kind.idField]: rule[kind.idField] });
				return ok(rule, 'Your record has been updated.');
			});
			on('DELETE', single, (_request, match) => {
				if (!store.delete(match[1])) return notFound();
				this.log(`rule ${kind.path}/${match[1]} deleted`);
				return ok(true, 'Your record has been deleted.');
			});
		}

		on('POST', '/sms/inbound', async (request) => {
			const body = (request.body ?? {}) as Json;
			if (String(body.url) === 'rules') {
				const { sms, deliveries } = await this.deliverInboundSms(body);
				return ok(
					{ ...sms, _sandbox_deliveries: deliveries.map(summary) },
					'Test inbound message has been added.',
				);
			}
			const sms = this.inboundSms(body);
			const delivery = await this.deliver(
				String(body.url),
				String(body.webhook_type ?? 'post'),
				sms,
			);
			return ok(
				{ ...sms, _sandbox_deliveries: [summary(delivery)] },
				'Test inbound message has been added.',
			);
		});
		on('POST', '/sms/receipts', async (request) => {
			const body = (request.body ?? {}) as Json;
			if (String(body.url) === 'rules') {
				const { receipt, deliveries } = await this.deliverSmsReceipt(body);
				return ok(
					{ ...receipt, _sandbox_deliveries: deliveries.map(summary) },
					'Receipt has been added',
				);
			}
			const receipt = this.smsReceipt(body);
			const delivery = await this.deliver(String(body.url), 'post', receipt);
			return ok({ ...receipt, _sandbox_deliveries: [summary(delivery)] }, 'Receipt has been added');
		});
		on('GET', '/sms/inbound', (request) =>
			ok(
				paginate(
					request,
					this.inbox.filter((sms) => !sms._read),
				),
			),
		);
		on('PUT', '/sms/inbound-read', (request) => {
			const before = Number((request.body as Json | undefined)?.date_before ?? now() + 1);
			for (const sms of this.inbox) if (Number(sms.timestamp) < before) sms._read = true;
			return ok(null, 'Inbound messages have been marked as read.');
		});

		on('POST', '/sms/send', (request) => this.sendSms(request));
		on('GET', '/sms/history', (request) => ok(paginate(request, [...this.sentSms].reverse())));

		on('POST', '/uploads', (request) => {
			const content = String(((request.body ?? {}) as Json).content ?? '');
			const convert = one(request.query.convert) ?? '';
			const id = messageId();
			const url = `${this.standIn.origin}/files/${id}.pdf`;
			const bytes = Buffer.from(content, 'base64');
			this.uploads.push({ convert, url, bytes });
			this.log(`upload (${convert}): ${bytes.length} bytes → ${url}`);
			return ok({ _url: url, convert, size: bytes.length }, 'Your file has been uploaded.');
		});
		on('POST', '/fax/send', (request) => {
			const body = (request.body ?? {}) as Json;
			const results = ((body.messages ?? []) as Json[]).map((message) => {
				const result: Json = {
					user_id: USER_ID,
					subaccount_id: USER_ID,
					list_id: 0,
					message_id: messageId(),
					to: message.to,
					from: message.from ?? '+61298441484',
					carrier: '',
					country: message.country ?? 'AU',
					custom_string: message.custom_string ?? '',
					schedule: String(message.schedule ?? ''),
					message_pages: 1,
					message_price: '2.2000',
					status_code: '201',
					status_text: 'Sent',
					date_added: now(),
					from_email: message.from_email ?? null,
					_file_url: body.file_url,
					status: 'SUCCESS',
				};
				this.sentFaxes.push(result);
				return result;
			});
			this.log(
				`fax send: ${results.length} queued (${results.map((result) => String(result.to)).join(', ')})`,
			);
			return ok(
				{
					total_price: Number((results.length * 2.2).toFixed(4)),
					total_count: results.length,
					queued_count: results.length,
					messages: results,
				},
				'Fax queued for delivery.',
			);
		});

		on('GET', '/lists', (request) =>
			ok(
				paginate(
					request,
					[...this.lists.values()].map((list) => this.listView(list)),
				),
			),
		);
		on('POST', '/lists', (request) =>
			ok(
				this.listView(this.createList(String((request.body as Json)?.list_name ?? 'List'))),
				'List has been added.',
			),
		);
		on('GET', /^\/lists\/(\d+)$/, (_request, match) => {
			const list = this.lists.get(Number(match[1]));
			return list ? ok(this.listView(list)) : notFound();
		});
		on('GET', /^\/lists\/(\d+)\/contacts$/, (request, match) => {
			const contacts = this.contacts.get(Number(match[1]));
			if (!contacts) return notFound();
			const q = one(request.query.q);
			return ok(
				paginate(
					request,
					[...contacts.values()].filter((contact) => searchMatches(contact, q)),
				),
			);
		});
		on('POST', /^\/lists\/(\d+)\/contacts$/, (request, match) => {
			const listId = Number(match[1]);
			const contacts = this.contacts.get(listId);
			if (!contacts) return notFound();
			const contactId = this.nextContactId++;
			const contact: Json = {
				...emptyContact(),
				...(request.body as Json),
				contact_id: contactId,
				list_id: listId,
				date_added: String(now()),
			};
			contacts.set(contactId, contact);
			this.log(`contact ${contactId} created in list ${listId}`);
			return ok(contact, 'New contact has been created.');
		});
		const contactPath = /^\/lists\/(\d+)\/contacts\/(\d+)$/;
		on('GET', contactPath, (_request, match) => {
			const contact = this.contacts.get(Number(match[1]))?.get(Number(match[2]));
			return contact ? ok(contact) : notFound();
		});
		on('PUT', contactPath, (request, match) => {
			const contact = this.contacts.get(Number(match[1]))?.get(Number(match[2]));
			if (!contact) return notFound();
			Object.assign(contact, request.body as Json, {
				contact_id: contact.contact_id,
				list_id: contact.list_id,
			});
			this.log(`contact ${String(contact.contact_id)} updated in list ${String(contact.list_id)}`);
			return ok(contact, 'Contact has been updated.');
		});
		on('DELETE', contactPath, (_request, match) => {
			return this.contacts.get(Number(match[1]))?.delete(Number(match[2]))
				? ok(null, 'Contact has been deleted.')
				: notFound();
		});
	}

	private listView(list: Json): Json {
		return { ...list, _contacts_count: this.contacts.get(Number(list.list_id))?.size ?? 0 };
	}

	private sendSms(request: RecordedRequest): ScriptedResponse {
		const messages = (((request.body ?? {}) as Json).messages ?? []) as Json[];
		const results: Json[] = [];
		for (const message of messages) {
			const recipients: Json[] =
				message.list_id !== undefined
					? [...(this.contacts.get(Number(message.list_id))?.values() ?? [])]
							.filter((contact) => contact.phone_number)
							.map((contact) => ({ to: contact.phone_number, contact_id: contact.contact_id }))
					: [{ to: message.to, contact_id: null }];
			for (const recipient of recipients) {
				const valid = /^\+?\d{6,15}$/.test(String(recipient.to ?? '').replace(/[\s-]/g, ''));
				const body = String(message.body ?? '');
				const result: Json = {
					direction: 'out',
					date: String(now()),
					to: recipient.to,
					body,
					from: message.from ?? DEDICATED_NUMBER,
					schedule: message.schedule ?? '',
					message_id: messageId(),
					message_parts: Math.max(1, Math.ceil(body.length / 160)),
					message_price: valid ? '0.0792' : '0.0000',
					from_email: null,
					list_id: message.list_id ?? null,
					custom_string: message.custom_string ?? '',
					contact_id: recipient.contact_id ?? null,
					user_id: USER_ID,
					subaccount_id: USER_ID,
					is_shared_system_number: false,
					country: message.country ?? 'AU',
					carrier: 'Sandbox',
					status: valid ? 'SUCCESS' : 'INVALID_RECIPIENT',
				};
				results.push(result);
				if (valid) {
					this.sentSms.push(result);
					this.answerLater(result);
				}
			}
		}
		const queued = results.filter((result) => result.status === 'SUCCESS');
		this.log(
			`SMS send: ${queued.length}/${results.length} queued (${queued.map((result) => String(result.to)).join(', ')})`,
		);
		return ok(
			{
				total_price: Number((queued.length * 0.0792).toFixed(4)),
				total_count: results.length,
				queued_count: queued.length,
				messages: results,
				_currency: {
					currency_name_short: 'AUD',
					currency_prefix_d: '$',
					currency_prefix_c: 'c',
					currency_name_long: 'Australian Dollars',
				},
				blocked_count: 0,
			},
			'Messages queued for delivery.',
		);
	}
}

function summary(delivery: Delivery): Json {
	return {
		url: delivery.url.replace(/token=[^&]+/, 'token=…'),
		webhook_type: delivery.webhookType,
		status: delivery.status,
		...(delivery.error ? { error: delivery.error } : {}),
	};
}

function emptyContact(): Json {
	return {
		phone_number: '',
		email: '',
		fax_number: '',
		first_name: '',
		last_name: '',
		organization_name: '',
		custom_1: '',
		custom_2: '',
		custom_3: '',
		custom_4: '',
		address_line_1: '',
		address_line_2: '',
		address_city: '',
		address_state: '',
		address_postal_code: '',
		address_country: '',
		unsubscribed: 0,
	};
}
