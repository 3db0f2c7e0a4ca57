import type { INode } from 'n8n-workflow';

import { DOCUMENTED_VOICE_LANGUAGES } from '../../nodes/ClickSend/methods/voiceLanguages';
import { assertMaxFileSize, assertMaxLength, assertOneOf, assertVoiceLanguage } from '../../nodes/ClickSend/shared/validation';

const node = { name: 'ClickSend', type: 'clickSend', typeVersion: 1, position: [0, 0], parameters: {} } as unknown as INode;

describe('MMS and voice input checks', () => {
	it('assertMaxLength counts characters as people see them (an emoji is one)', () => {
		expect(assertMaxLength(node, 'Twenty characters!!!', 'Subject', 20)).toBe('Twenty characters!!!');
		expect(assertMaxLength(node, '🎉'.repeat(20), 'Subject', 20)).toBe('🎉'.repeat(20));
		expect(() => assertMaxLength(node, 'Twenty-one characters', 'Subject', 20)).toThrow('Subject is longer than 20 characters (21)');
	});

	it('assertMaxFileSize allows the limit and refuses one byte more', () => {
		expect(() => assertMaxFileSize(node, 250 * 1024, 250 * 1024, '250 kB', 'Image')).not.toThrow();
		expect(() => assertMaxFileSize(node, 250 * 1024 + 1, 250 * 1024, '250 kB', 'Image')).toThrow('Image is too large (251 kB; at most 250 kB)');
	});

	it('assertOneOf accepts only the listed values', () => {
		expect(assertOneOf(node, ' male ', 'Voice', ['female', 'male'])).toBe('male');
		expect(() => assertOneOf(node, 'Male', 'Voice', ['female', 'male'])).toThrow('Voice "Male" is not valid');
	});

	it('assertVoiceLanguage accepts every documented language code (any case) and refuses names', () => {
		for (const [code] of DOCUMENTED_VOICE_LANGUAGES) expect(assertVoiceLanguage(node, code, 'Language')).toBe(code);
		expect(() => assertVoiceLanguage(node, 'English', 'Language')).toThrow('Language "English" is not a voice language code');
		expect(assertVoiceLanguage(node, ' EN-AU ', 'Language')).toBe('en-au');
		expect(() => assertVoiceLanguage(node, 'en_au', 'Language')).toThrow(/not a voice language code/);
		expect(() => assertVoiceLanguage(node, '', 'Language')).toThrow('Language is empty');
	});
});
