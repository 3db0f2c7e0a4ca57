import type { INode } from 'n8n-workflow';

import { DOCUMENTED_VOICE_LANGUAGES } from '../../nodes/ClickSend/methods/voiceLanguages';
import { MMS_MEDIA } from '../../nodes/ClickSend/fields/mms';
import { assertFileSize } from '../../nodes/ClickSend/validation/files';
import { assertOneOf, assertVoiceLanguage } from '../../nodes/ClickSend/validation/input';
import {
	assertMaxLength,
	assertMessageLength,
	MMS_LIMITS,
} from '../../nodes/ClickSend/validation/length';

const node = {
	name: 'ClickSend',
	type: 'clickSend',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as unknown as INode;

describe('MMS and voice input checks', () => {
	it('assertMaxLength counts characters as people see them (an emoji is one)', () => {
		expect(assertMaxLength(node, 'Twenty characters!!!', 'Subject', 20)).toBe(
			'Twenty characters!!!',
		);
		expect(assertMaxLength(node, '🎉'.repeat(20), 'Subject', 20)).toBe('🎉'.repeat(20));
		expect(() => assertMaxLength(node, 'Twenty-one characters', 'Subject', 20)).toThrow(
			'Subject is longer than 20 characters (21)',
		);
	});

	it('assertFileSize allows the limit and refuses one byte more', () => {
		expect(() => assertFileSize(node, 250 * 1024, 250 * 1024, '250 kB', 'Image')).not.toThrow();
		expect(() => assertFileSize(node, 250 * 1024 + 1, 250 * 1024, '250 kB', 'Image')).toThrow(
			'Image is too large (251 kB; at most 250 kB)',
		);
	});

	it('assertFileSize refuses an empty file', () => {
		expect(() => assertFileSize(node, 0, 250 * 1024, '250 kB', 'Image')).toThrow(
			'Image is an empty file (0 bytes)',
		);
	});

	it("an MMS image may have ClickSend's documented 250 kB, not more", () => {
		expect(MMS_MEDIA.maxBytes).toBe(250 * 1024);
		expect(MMS_MEDIA.maxSizeLabel).toBe('250 kB');
		expect(MMS_MEDIA.convert).toBe('mms');
	});

	it('an MMS text has at most 1500 GSM characters or 500 others (the API reference: longer text is truncated)', () => {
		expect(assertMessageLength(node, 'a'.repeat(1500), 'Message', MMS_LIMITS, 'MMS')).toHaveLength(
			1500,
		);
		expect(() => assertMessageLength(node, 'a'.repeat(1501), 'Message', MMS_LIMITS, 'MMS')).toThrow(
			'Message is too long for one MMS: 1501 characters (at most 1500)',
		);
		expect(() => assertMessageLength(node, '€'.repeat(751), 'Message', MMS_LIMITS, 'MMS')).toThrow(
			'1502 characters (at most 1500)',
		);
		expect(
			assertMessageLength(node, `漢${'a'.repeat(499)}`, 'Message', MMS_LIMITS, 'MMS'),
		).toHaveLength(500);
		expect(() =>
			assertMessageLength(node, `漢${'a'.repeat(500)}`, 'Message', MMS_LIMITS, 'MMS'),
		).toThrow('501 characters (at most 500)');
	});

	it('assertOneOf accepts only the listed values', () => {
		expect(assertOneOf(node, ' male ', 'Voice', ['female', 'male'])).toBe('male');
		expect(() => assertOneOf(node, 'Male', 'Voice', ['female', 'male'])).toThrow(
			'Voice "Male" is not valid',
		);
	});

	it('assertVoiceLanguage accepts every documented language code (any case) and refuses names', () => {
		for (const [code] of DOCUMENTED_VOICE_LANGUAGES)
			expect(assertVoiceLanguage(node, code, 'Language')).toBe(code);
		expect(() => assertVoiceLanguage(node, 'English', 'Language')).toThrow(
			'Language "English" is not a voice language code',
		);
		expect(assertVoiceLanguage(node, ' EN-AU ', 'Language')).toBe('en-au');
		expect(() => assertVoiceLanguage(node, 'en_au', 'Language')).toThrow(
			/not a voice language code/,
		);
		expect(() => assertVoiceLanguage(node, '', 'Language')).toThrow('Language is empty');
	});
});
