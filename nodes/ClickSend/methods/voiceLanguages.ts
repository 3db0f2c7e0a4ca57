import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { responseRows } from '../../transport/envelope';
import { clickSendRequest } from '../../transport/request';

/**
 * Voice → Language dropdown: the languages ClickSend reads text in (GET /voice/lang →
 * `data[]` of {code, country, gender: "male" | ["female", "male"]}). When the call fails (no
 * credential yet, network), the dropdown falls back to the list in ClickSend's docs, so the
 * field stays usable.
 */

/** ClickSend's documented languages ("Allowed Languages" of Send Voice Message): code, name, voices. */
export const DOCUMENTED_VOICE_LANGUAGES: Array<[code: string, country: string, voices: string[]]> =
	[
		['en-us', 'English, US', ['female', 'male']],
		['en-au', 'English, Australia', ['female', 'male']],
		['en-gb', 'English, UK', ['female', 'male']],
		['en-in', 'English, India', ['female']],
		['en-gb-wls', 'English, Wales', ['female', 'male']],
		['cy-gb-wls', 'Celtic, Wales', ['female', 'male']],
		['de-de', 'German, Germany', ['female', 'male']],
		['es-es', 'Spanish, Spain', ['female', 'male']],
		['es-us', 'Spanish, US', ['female', 'male']],
		['fr-ca', 'French, Canada', ['female']],
		['fr-fr', 'French, France', ['female', 'male']],
		['is-is', 'Icelandic, Iceland', ['female', 'male']],
		['it-it', 'Italian, Italy', ['female', 'male']],
		['da-dk', 'Danish, Denmark', ['female', 'male']],
		['nl-nl', 'Dutch, Netherlands', ['female', 'male']],
		['nb-no', 'Norwegian, Norway', ['female']],
		['pl-pl', 'Polish, Poland', ['female', 'male']],
		['pt-pt', 'Portuguese, Portugal', ['male']],
		['pt-br', 'Portuguese, Brazil', ['female', 'male']],
		['ro-ro', 'Romanian, Romania', ['female']],
		['ru-ru', 'Russian, Russia', ['female', 'male']],
		['sv-se', 'Swedish, Sweden', ['female']],
		['tr-tr', 'Turkish, Turkey', ['female']],
	];

function option(code: string, country: string, voices: string[]): INodePropertyOptions {
	return {
		name: `${country} (${code})`,
		value: code,
		description: voices.length ? `Voices: ${voices.join(', ')}` : undefined,
	};
}

export async function getVoiceLanguages(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	let rows: IDataObject[];
	try {
		const envelope = await clickSendRequest.call(this, { method: 'GET', path: '/voice/lang' });
		rows = responseRows(envelope);
	} catch {
		rows = [];
	}
	const options = rows
		.filter((row) => typeof row.code === 'string' && row.code)
		.map((row) => {
			const gender = row.gender;
			const voices = (Array.isArray(gender) ? gender : gender ? [gender] : []).map(String);
			return option(String(row.code), String(row.country ?? row.code), voices);
		});
	const list = options.length
		? options
		: DOCUMENTED_VOICE_LANGUAGES.map(([code, country, voices]) => option(code, country, voices));
	return list.sort((a, b) => a.name.localeCompare(b.name));
}
