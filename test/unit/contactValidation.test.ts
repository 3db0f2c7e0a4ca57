import type { INode } from 'n8n-workflow';

import { contactBody, importFieldOrder, simplifyContact } from '../../nodes/ClickSend/shared/contactFields';
import { assertBinaryProperty, assertFileType } from '../../nodes/ClickSend/shared/validation';

const node: INode = {
	id: '1',
	name: 'ClickSend',
	type: 'n8n-nodes-clicksend.clickSend',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

const CSV = { label: 'CSV', extensions: ['csv'], mimeTypes: ['text/csv'] };

describe('assertBinaryProperty', () => {
	it('returns the property when the item has it', () => {
		expect(assertBinaryProperty(node, { data: {}, file: {} }, ' file ', 'Input Binary Field', 0)).toBe('file');
	});

	it('names the binary properties the item does have', () => {
		expect(() => assertBinaryProperty(node, { attachment: {}, csv: {} }, 'data', 'Input Binary Field', 2)).toThrow(
			expect.objectContaining({
				message: 'Input Binary Field "data" is not a binary property of item 2',
				description: "The item's binary properties are: attachment, csv. Put one of them in Input Binary Field.",
			}),
		);
	});

	it('says when the item has no binary data at all', () => {
		expect(() => assertBinaryProperty(node, undefined, 'data', 'Input Binary Field', 0)).toThrow(
			expect.objectContaining({ description: expect.stringContaining('The item has no binary data') }),
		);
	});
});

describe('assertFileType', () => {
	it('accepts the MIME type (with parameters) or the extension', () => {
		expect(() =>
			assertFileType(node, { mimeType: 'text/csv; charset=utf-8' }, CSV, 'Input Binary Field'),
		).not.toThrow();
		expect(() =>
			assertFileType(
				node,
				{ mimeType: 'application/octet-stream', fileName: 'contacts.CSV' },
				CSV,
				'Input Binary Field',
			),
		).not.toThrow();
	});

	it('refuses another file, saying what it is', () => {
		expect(() =>
			assertFileType(node, { mimeType: 'application/pdf', fileName: 'invoice.pdf' }, CSV, 'Input Binary Field'),
		).toThrow('Input Binary Field is not a CSV file ("invoice.pdf", type application/pdf)');
	});
});

describe('contactBody', () => {
	it('cleans numbers, drops empty and unknown fields', () => {
		expect(
			contactBody(node, { phone_number: '+61 (411) 111-111', fax_number: '', first_name: ' Jo ', bogus: 'x' }, 0),
		).toEqual({ phone_number: '+61411111111', first_name: 'Jo' });
	});

	it('checks fax numbers like phone numbers, naming the field', () => {
		expect(() => contactBody(node, { fax_number: 'fax me' }, 0)).toThrow(
			'Contact Fields → Fax Number "fax me" is not a phone number',
		);
	});

	it('accepts a fax number alone as the way to reach a new contact', () => {
		expect(contactBody(node, { fax_number: '+61261111111' }, 0, { requireChannel: true })).toEqual({
			fax_number: '+61261111111',
		});
	});
});

describe('simplifyContact', () => {
	it('keeps at most ten fields: identity, reach, and custom fields that are set', () => {
		const full = {
			contact_id: 1,
			list_id: 2,
			phone_number: '+61411111111',
			email: 'test1@test.com',
			first_name: 'A',
			last_name: 'B',
			custom_1: 'x',
			custom_2: '',
			custom_3: null,
			custom_4: 'y',
			address_city: 'Nashville',
			_list_name: 'L',
		};
		expect(simplifyContact(full)).toEqual({
			contact_id: 1,
			list_id: 2,
			phone_number: '+61411111111',
			email: 'test1@test.com',
			first_name: 'A',
			last_name: 'B',
			custom_1: 'x',
			custom_4: 'y',
		});
		expect(Object.keys(simplifyContact({ ...full, custom_2: 'z', custom_3: 'w' }))).toHaveLength(10);
	});
});

describe('importFieldOrder', () => {
	it("uses the names of ClickSend's import docs (phone, custom1…)", () => {
		expect(importFieldOrder(['phone_number', 'first_name', 'custom_1', 'email'])).toEqual([
			'phone',
			'first_name',
			'custom1',
			'email',
		]);
	});
});
