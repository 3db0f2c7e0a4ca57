import type { INode } from 'n8n-workflow';

import { fail, textOf } from './fail';

/** Names people use that Intl does not list as a region's English name. */
const ALIASES: Record<string, string> = {
	UK: 'GB',
	'GREAT BRITAIN': 'GB',
	ENGLAND: 'GB',
	USA: 'US',
	'UNITED STATES OF AMERICA': 'US',
	AMERICA: 'US',
	UAE: 'AE',
	'SOUTH KOREA': 'KR',
	KOREA: 'KR',
	RUSSIA: 'RU',
	VIETNAM: 'VN',
	'CZECH REPUBLIC': 'CZ',
	HOLLAND: 'NL',
};

/** Region codes Intl names that are no country: groupings and pseudo-regions. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB']);

let namesToCodes: Map<string, string> | undefined;
let knownCodes: Set<string> | undefined;

/** English region names → ISO codes, from the runtime's own ICU data (no table to maintain). */
function regions(): { names: Map<string, string>; codes: Set<string> } {
	if (!namesToCodes || !knownCodes) {
		namesToCodes = new Map(Object.entries(ALIASES));
		knownCodes = new Set();
		const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
		for (let a = 65; a <= 90; a++) {
			for (let b = 65; b <= 90; b++) {
				const code = String.fromCharCode(a, b);
				const name = display.of(code);
				if (!name || name === code || /unknown/i.test(name)) continue;
				// Withdrawn codes Intl still names (UK, DD, SU, YU…) would take the name of today's
				// code ("United Kingdom" → UK instead of GB): only canonical codes count.
				if (NOT_COUNTRIES.has(code) || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`)
					continue;
				knownCodes.add(code);
				namesToCodes.set(name.toUpperCase(), code);
			}
		}
	}
	return { names: namesToCodes, codes: knownCodes };
}

/**
 * A country as ClickSend wants it: the two-letter ISO code (AU, US, GB…). Accepts a code in any
 * case or an English country name ("Australia", "United Kingdom"). Returns the code in capitals.
 */
export function assertCountryCode(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): string {
	const text = textOf(node, value, field, itemIndex).trim();
	const key = text
		.toUpperCase()
		.replace(/^THE\s+/, '')
		.replace(/\s+/g, ' ');
	const { names, codes } = regions();
	if (/^[A-Z]{2}$/.test(key) && codes.has(key)) return key;
	const byName = names.get(key);
	if (byName) return byName;
	return fail(
		node,
		text ? `${field} "${text}" is not a country code` : `${field} is empty`,
		'Use the two-letter ISO country code, e.g. AU for Australia, US for the United States, GB for the United Kingdom (an English country name also works).',
		itemIndex,
	);
}
