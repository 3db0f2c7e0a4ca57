import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	contactFieldDisplayName,
	contactFieldOptions,
	importFieldOrder,
} from '../../fields/contact';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { uploadToClickSend } from '../../../transport/upload';
import { fail, textOf } from '../../validation/fail';
import {
	assertBinaryProperty,
	assertFileSize,
	assertFileType,
	MAX_UPLOAD_BYTES,
	MAX_UPLOAD_LABEL,
} from '../../validation/files';
import { contactListLocator } from '../../fields/locator';
import type { OperationOption } from '../types';
import { optionsCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Import Contacts',
	value: 'importContacts',
	action: 'Import contacts from a CSV file',
	description: 'Add the contacts of a CSV file (binary data from a previous node) to a list',
	toolDescription:
		"Import the contacts of a CSV file (binary data of the input item) into a ClickSend contact list; ClickSend imports in the background. Needs the list ID and the file. Returns ClickSend's import id, the list_id and the uploaded file_url.",
};

/** The columns of a typical contact CSV; users reorder, add or remove them. */
const DEFAULT_COLUMNS = ['phone_number', 'first_name', 'last_name', 'email'];

const CSV = {
	label: 'CSV',
	extensions: ['csv'],
	mimeTypes: ['text/csv', 'application/csv', 'text/x-csv', 'text/comma-separated-values'],
};

export const properties: INodeProperties[] = [
	contactListLocator('The contact list to import the contacts into', 'List'),
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the CSV file',
		description:
			'The binary property of the input item that holds the CSV file, e.g. "data" after a Read/Write Files from Disk node',
	},
	{
		displayName: 'Columns',
		name: 'columns',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Column',
		default: { column: DEFAULT_COLUMNS.map((field) => ({ field })) },
		description:
			'The columns of the CSV file, first column first: which contact field each column holds. Drag to reorder.',
		options: [
			{
				displayName: 'Column',
				name: 'column',
				values: [
					{
						displayName: 'Contact Field',
						name: 'field',
						type: 'options',
						default: 'phone_number',
						options: contactFieldOptions(),
						description: 'The contact field this column holds',
					},
				],
			},
		],
	},
	optionsCollection([
		{
			displayName: 'Skip Header Row',
			name: 'skipHeaderRow',
			type: 'boolean',
			default: false,
			description:
				'Whether to leave out the first row of the file (column titles) so it is not imported as a contact',
		},
	]),
];

/** The contact field of each CSV column, first column first: not empty, no field twice. */
function readColumns(this: IExecuteFunctions, itemIndex: number): string[] {
	const node = this.getNode();
	const columns = this.getNodeParameter('columns.column', itemIndex, []) as Array<{
		field: string;
	}>;
	const fields = columns.map((column) => column.field);
	if (!fields.length)
		fail(
			node,
			'Columns is empty',
			'Add one entry per column of the CSV file, e.g. Phone Number, First Name, Last Name, Email.',
			itemIndex,
		);
	const repeated = fields.find((field, index) => fields.indexOf(field) !== index);
	if (repeated) {
		fail(
			node,
			`Columns has ${contactFieldDisplayName(repeated)} twice`,
			'Each contact field can be the content of one column only. Change or remove one of them.',
			itemIndex,
		);
	}
	return fields;
}

/** The CSV without its first line (keeps the file's line endings). */
function withoutFirstLine(csv: Buffer): Buffer {
	const end = csv.indexOf(0x0a);
	return end === -1 ? Buffer.alloc(0) : csv.subarray(end + 1);
}

/** The item's CSV file, checked before any request: present, CSV, not empty, at most 20 MB. */
async function readCsv(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<{ csv: Buffer; property: string }> {
	const node = this.getNode();
	const name = textOf(
		node,
		this.getNodeParameter('binaryPropertyName', itemIndex, 'data'),
		'Input Binary Field',
		itemIndex,
	);
	const property = assertBinaryProperty(
		node,
		this.getInputData()[itemIndex].binary,
		name,
		'Input Binary Field',
		itemIndex,
	);
	const field = `Input Binary Field "${property}"`;
	assertFileType(node, this.helpers.assertBinaryData(itemIndex, property), CSV, field, itemIndex);
	const csv = await this.helpers.getBinaryDataBuffer(itemIndex, property);
	assertFileSize(node, csv.length, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, field, itemIndex);
	return { csv, property };
}

/**
 * Per item: checks the list, the CSV and the column mapping, uploads the file once
 * (`POST /uploads?convert=csv`, retried like a read: it sends nothing to anyone) and asks ClickSend
 * to import it (`POST /lists/{list_id}/import` with `file_url` and `field_order`; never sent twice).
 * ClickSend imports in the background; the output is its answer plus the list ID and file URL.
 * `field_order` names and shape: see importFieldOrder (fields/contact.ts).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const listId = readNumericId.call(this, 'listId', itemIndex, 'List');
	const fields = readColumns.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const file = await readCsv.call(this, itemIndex);
	const csv = options.skipHeaderRow ? withoutFirstLine(file.csv) : file.csv;
	if (!csv.toString('utf8').trim()) {
		fail(
			this.getNode(),
			`The CSV file in "${file.property}" has no contacts`,
			'The file is empty (or has only the header row). Check the node that produced it.',
			itemIndex,
		);
	}
	const { url } = await uploadToClickSend.call(this, csv, 'csv', itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: apiPath`/lists/${listId}/import`,
		body: { file_url: url, field_order: importFieldOrder(fields) },
		itemIndex,
	});
	return { ...responseData(envelope), list_id: listId, file_url: url };
}
