/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the snapshots and CHANGELOG.md from the repository */
import { readFileSync } from 'fs';
import { join } from 'path';

import {
	BASELINE_FILE,
	formatSurface,
	frozenFacts,
	liveSurface,
	normalise,
	operationsAddedSince,
	readSurface,
	SURFACE_FILE,
	type Surface,
	unreleasedChangelog,
} from './surface';

/**
 * The public surface is frozen since 1.0.0 (docs/upgrading.md): saved workflows refer to node and
 * credential type names, resource and operation values, parameter names, types, defaults and
 * option values. Three checks:
 *   1. the surface is the committed snapshot (test/fixtures/surface.json): a change is deliberate,
 *      made with `npm run surface:update` and reviewed in the diff;
 *   2. nothing of the 1.0.0 surface (test/fixtures/surface-1.0.0.json) is removed or changed;
 *   3. every operation added since 1.0.0 is named in CHANGELOG.md's Unreleased section.
 */

const live = liveSurface();
const baseline = readSurface(BASELINE_FILE);

/** Myers' shortest edit script between two line lists (' ' kept, '-' removed, '+' added). */
function editScript(a: string[], b: string[]): Array<[string, string]> | undefined {
	const offset = a.length + b.length + 1;
	const v = new Int32Array(2 * offset + 1);
	const trace: Int32Array[] = [];
	const goesDown = (state: Int32Array, k: number, d: number) =>
		k === -d || (k !== d && state[k - 1 + offset] < state[k + 1 + offset]);
	for (let d = 0; d <= a.length + b.length && d <= 2000; d++) {
		trace.push(v.slice());
		for (let k = -d; k <= d; k += 2) {
			let x = goesDown(v, k, d) ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
			let y = x - k;
			while (x < a.length && y < b.length && a[x] === b[y]) {
				x++;
				y++;
			}
			v[k + offset] = x;
			if (x < a.length || y < b.length) continue;
			const script: Array<[string, string]> = [];
			for (let step = d; step >= 0; step--) {
				const previousK = goesDown(trace[step], x - y, step) ? x - y + 1 : x - y - 1;
				const previousX = trace[step][previousK + offset];
				const previousY = previousX - previousK;
				while (x > previousX && y > previousY) {
					x--;
					y--;
					script.push([' ', a[x]]);
				}
				if (step === 0) break;
				if (x === previousX) script.push(['+', b[--y]]);
				else script.push(['-', a[--x]]);
			}
			return script.reverse();
		}
	}
	return undefined;
}

/** A unified diff (3 lines of context), at most 80 lines, for the failure message. */
function lineDiff(before: string, after: string): string {
	const script = editScript(before.split('\n'), after.split('\n'));
	if (!script)
		return '(too many changed lines to show: compare with `npm run surface:update` and git diff)';
	const near = script.map((_, index) =>
		script.slice(Math.max(0, index - 3), index + 4).some(([kind]) => kind !== ' '),
	);
	const lines: string[] = [];
	script.forEach(([kind, line], index) => {
		if (near[index]) lines.push(`${kind} ${line}`);
		else if (index > 0 && near[index - 1]) lines.push('  …');
	});
	return lines.length > 80
		? [...lines.slice(0, 80), `… ${lines.length - 80} more lines`].join('\n')
		: lines.join('\n');
}

function missingFacts(before: Surface, after: Surface): string[] {
	const present = new Set(frozenFacts(after));
	return frozenFacts(before).filter((fact) => !present.has(fact));
}

function copy(surface: Surface): Surface {
	return JSON.parse(JSON.stringify(surface)) as Surface;
}

describe('public surface', () => {
	it('is the committed snapshot (test/fixtures/surface.json)', () => {
		const committed = readFileSync(SURFACE_FILE, 'utf8');
		const now = formatSurface(live);
		if (now !== committed) {
			throw new Error(
				"The nodes' or the credential's public surface differs from test/fixtures/surface.json.\n" +
					'If the change is intended, run `npm run surface:update`, review the diff of ' +
					'test/fixtures/surface.json (a removed or changed value breaks saved workflows; only ' +
					'added lines and display names may change) and commit it. A new operation must also ' +
					"be named in CHANGELOG.md's Unreleased section (docs/development.md, The public surface).\n\n" +
					lineDiff(committed, now),
			);
		}
	});

	it('keeps everything of the 1.0.0 surface (test/fixtures/surface-1.0.0.json): add, never rename or remove', () => {
		const missing = missingFacts(baseline, live);
		if (missing.length) {
			throw new Error(
				`${missing.length} part(s) of the released 1.0.0 surface are gone or changed. Saved ` +
					'workflows use them: put them back (add, never rename or remove; a breaking change ' +
					'comes as a new node version, see docs/upgrading.md and docs/development.md):\n' +
					missing.slice(0, 50).join('\n') +
					(missing.length > 50 ? `\n… ${missing.length - 50} more` : ''),
			);
		}
	});

	it("names every operation added since 1.0.0 in CHANGELOG.md's Unreleased section", () => {
		const changelog = readFileSync(join(__dirname, '..', '..', 'CHANGELOG.md'), 'utf8');
		const unreleased = unreleasedChangelog(changelog);
		const unnamed = operationsAddedSince(baseline, live).filter(
			(added) => !unreleased.includes(normalise(added.changelogName)),
		);
		if (unnamed.length) {
			throw new Error(
				"CHANGELOG.md's `## [Unreleased]` section must name every operation added since 1.0.0 " +
					'as "<Resource> → <Operation>" (the display names in the node\'s dropdowns). Add, ' +
					'under "### Added":\n' +
					unnamed
						.map(
							(added) => `- **${added.changelogName}** (${added.resource}/${added.operation}): …`,
						)
						.join('\n'),
			);
		}
	});
});

describe('public surface checks catch what they guard', () => {
	const smsOf = (surface: Surface) => surface.nodes.clickSend.resources!.sms;

	it('the 1.0.0 baseline has the three nodes, the credential and every ClickSend resource', () => {
		expect(Object.keys(baseline.nodes)).toEqual([
			'clickSend',
			'clickSendTrigger',
			'clickSendPollingTrigger',
		]);
		expect(Object.keys(baseline.credentials)).toEqual(['clickSendRestApi']);
		expect(Object.keys(baseline.nodes.clickSend.resources!)).toHaveLength(19);
		expect(frozenFacts(baseline).length).toBeGreaterThan(1000);
	});

	it('finds a removed option value, a renamed parameter and a changed type or default', () => {
		const changed = copy(baseline);
		const send = smsOf(changed).operations.send;
		const sendTo = send.parameters.find((parameter) => parameter.name === 'sendTo')!;
		sendTo.options = sendTo.options!.filter((option) => option.value !== 'contactList');
		send.parameters.find((parameter) => parameter.name === 'message')!.name = 'text';
		const limit = smsOf(changed).operations.getAll.parameters.find((p) => p.name === 'limit')!;
		limit.default = 100;
		changed.credentials.clickSendRestApi.parameters[0].type = 'options';
		expect(missingFacts(baseline, changed)).toEqual(
			expect.arrayContaining([
				'node clickSend › resource sms › operation send › sendTo: option "contactList"',
				'node clickSend › resource sms › operation send › message: type string',
				'node clickSend › resource sms › operation getAll › limit (when returnAll=false): default 50',
				'credential clickSendRestApi › username: type string',
			]),
		);
	});

	it('finds a parameter moved to another operation or shown under another condition', () => {
		const changed = copy(baseline);
		const { operations } = smsOf(changed);
		const to = operations.send.parameters.findIndex((parameter) => parameter.name === 'to');
		operations.calculatePrice.parameters.push(...operations.send.parameters.splice(to, 1));
		expect(missingFacts(baseline, changed)).toContain(
			'node clickSend › resource sms › operation send › to (when sendTo="phoneNumber"): type string',
		);
		const moved = copy(baseline);
		moved.nodes.clickSendTrigger.parameters.find((p) => p.name === 'dedicatedNumber')!.show = {
			event: ['inboundSms'],
		};
		expect(missingFacts(baseline, moved)).toEqual([
			'node clickSendTrigger › dedicatedNumber (when event="inboundFax"): type options',
			'node clickSendTrigger › dedicatedNumber (when event="inboundFax"): default "*"',
		]);
	});

	it('allows additions and new display names, and asks the CHANGELOG for a new operation', () => {
		const added = copy(baseline);
		const resource = smsOf(added);
		resource.name = 'Text Message';
		resource.operations.sendAndWait = { name: 'Send and Wait for Reply', parameters: [] };
		resource.operations.send.parameters
			.find((p) => p.name === 'sendTo')!
			.options!.push({
				value: 'group',
				name: 'Group',
			});
		expect(missingFacts(baseline, added)).toEqual([]);
		expect(operationsAddedSince(baseline, added)).toEqual([
			{
				node: 'clickSend',
				resource: 'sms',
				operation: 'sendAndWait',
				changelogName: 'Text Message → Send and Wait for Reply',
			},
		]);
		const changelog =
			'## [Unreleased]\n\n### Added\n\n- **Text Message →\n  Send and Wait for Reply**\n\n## [1.0.0]\n- SMS → Send';
		expect(unreleasedChangelog(changelog)).toContain(
			normalise('Text Message → Send and Wait for Reply'),
		);
		expect(unreleasedChangelog(changelog)).not.toContain(normalise('SMS → Send'));
	});
});
