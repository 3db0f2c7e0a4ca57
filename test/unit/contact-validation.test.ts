import type { INode } from 'n8n-workflow';

import {
	contactBody,
	importFieldOrder,
	simplifyContact,
} from '../../nodes/ClickSend/fields/contact';
import {
	assertBinaryProperty,
	assertFileSize,
	assertFileType,
	MAX_UPLOAD_BYTES,
	MAX_UPLOAD_LABEL,
} from '../../nodes/ClickSend/validation/files';
import { searchTerm } from '../../nodes/ClickSend/validation/search';

const node: INode = {
	id: '1',
	name: 'ClickSend',
	type: 'n8n-nodes-clicksend-suite.clickSend',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

const CSV = { label: 'CSV', extensions: ['csv'], mimeTypes: ['text/csv'] };

describe('assertBinaryProperty', () => {
	it('returns the property when the item has it', () => {
		expect(
			assertBinaryProperty(node, { data: {}, file: {} }, ' file ', 'Input Binary Field', 0),
		).toBe('file');
	});

	it('names the binary properties the item does have', () => {
		expect(() =>
			assertBinaryProperty(node, { attachment: {}, csv: {} }, 'data', 'Input Binary Field', 2),
		).toThrow(
			expect.objectContaining({
				message: 'Input Binary Field "data" is not a binary property of item 2',
				description:
					"The item's binary properties are: attachment, csv. Put one of them in Input Binary Field.",
			}),
		);
	});

	it('says when the item has no binary data at all', () => {
		expect(() => assertBinaryProperty(node, undefined, 'data', 'Input Binary Field', 0)).toThrow(
			expect.objectContaining({
				description: expect.stringContaining('The item has no binary data'),
			}),
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
			assertFileType(
				node,
				{ mimeType: 'application/pdf', fileName: 'invoice.pdf' },
				CSV,
				'Input Binary Field',
			),
		).toThrow('Input Binary Field is not a CSV file ("invoice.pdf", type application/pdf)');
	});
});

describe('contactBody', () => {
	it('cleans numbers, drops empty and unknown fields', () => {
		expect(
			contactBody(
				node,
				{ phone_number: '+61 (411) 111-111', fax_number: '', first_name: ' Jo ', bogus: 'x' },
				0,
			),
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
		expect(Object.keys(simplifyContact({ ...full, custom_2: 'z', custom_3: 'w' }))).toHaveLength(
			10,
		);
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

describe('contactBody: country and mapped values', () => {
	it('sends Country as its two-letter code, from a code or an English name', () => {
		expect(contactBody(node, { email: 'test1@test.com', address_country: 'Australia' }, 0)).toEqual(
			{
				email: 'test1@test.com',
				address_country: 'AU',
			},
		);
		expect(contactBody(node, { address_country: 'us' }, 0)).toEqual({ address_country: 'US' });
	});

	it('refuses a country that is not one, naming the field', () => {
		expect(() => contactBody(node, { address_country: 'Atlantis' }, 0)).toThrow(
			'Contact Fields → Country "Atlantis" is not a country code',
		);
	});

	it('refuses an object or list mapped into a text field instead of sending [object Object]', () => {
		expect(() => contactBody(node, { first_name: { first: 'John' } }, 1)).toThrow(
			'Contact Fields → First Name received an object {"first":"John"} instead of text',
		);
		expect(() => contactBody(node, { phone_number: ['+61411111111'] }, 1)).toThrow(
			'Contact Fields → Phone Number received a list of 1 value instead of text',
		);
	});

	it('keeps numbers mapped into text fields as text', () => {
		expect(contactBody(node, { custom_1: 42, address_postal_code: 37214 }, 0)).toEqual({
			custom_1: '42',
			address_postal_code: '37214',
		});
	});
});

describe('searchTerm', () => {
	it("builds ClickSend's field:value and refuses commas and colons", () => {
		expect(searchTerm(node, 'last_name', ' Doe ', 'Filters → Last Name')).toBe('last_name:Doe');
		expect(() => searchTerm(node, 'last_name', 'Doe, John', 'Filters → Last Name')).toThrow(
			'Filters → Last Name "Doe, John" contains a comma or colon',
		);
		expect(() => searchTerm(node, 'last_name', { a: 1 }, 'Filters → Last Name')).toThrow(
			'received an object',
		);
	});
});

describe('assertFileSize (uploads such as CSV imports)', () => {
	it('refuses an empty file and a file over the 20 MB cap, accepts one at the cap', () => {
		expect(() =>
			assertFileSize(node, 0, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, 'Input Binary Field "data"'),
		).toThrow('Input Binary Field "data" is an empty file (0 bytes)');
		expect(() =>
			assertFileSize(
				node,
				MAX_UPLOAD_BYTES + 1,
				MAX_UPLOAD_BYTES,
				MAX_UPLOAD_LABEL,
				'Input Binary Field "data"',
			),
		).toThrow('Input Binary Field "data" is too large (20.0 MB; at most 20 MB)');
		expect(() =>
			assertFileSize(
				node,
				MAX_UPLOAD_BYTES,
				MAX_UPLOAD_BYTES,
				MAX_UPLOAD_LABEL,
				'Input Binary Field "data"',
			),
		).not.toThrow();
	});
});
