import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	checkId,
	contactFieldDisplayName,
	contactFieldOptions,
	forEachItem,
	importFieldOrder,
	listLocator,
} from '../../shared/contactFields';
import { clickSendRequest } from '../../shared/transport';
import { uploadToClickSend } from '../../shared/upload';
import { assertBinaryProperty, assertFileType } from '../../shared/validation';

const show = { show: { resource: ['contactList'], operation: ['importContacts'] } };

/** The columns of a typical contact CSV; users reorder, add or remove them. */
const DEFAULT_COLUMNS = ['phone_number', 'first_name', 'last_name', 'email'];

const CSV = {
	label: 'CSV',
	extensions: ['csv'],
	mimeTypes: ['text/csv', 'application/csv', 'text/x-csv', 'text/comma-separated-values'],
};

export const importContactsFields: INodeProperties[] = [
	listLocator(show, { description: 'The contact list to import the contacts into' }),
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: show,
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
		displayOptions: show,
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
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Skip Header Row',
				name: 'skipHeaderRow',
				type: 'boolean',
				default: false,
				description:
					'Whether to leave out the first row of the file (column titles) so it is not imported as a contact',
			},
		],
	},
];

/** The CSV without its first line (keeps the file's line endings). */
function withoutFirstLine(csv: Buffer): Buffer {
	const end = csv.indexOf(0x0a);
	return end === -1 ? Buffer.alloc(0) : csv.subarray(end + 1);
}

function columnFields(this: IExecuteFunctions, itemIndex: number): string[] {
	const columns = this.getNodeParameter('columns.column', itemIndex, []) as Array<{ field: string }>;
	const fields = columns.map((column) => column.field);
	const node = this.getNode();
	if (!fields.length) {
		throw new NodeOperationError(node, 'Columns is empty', {
			description: 'Add one entry per column of the CSV file, e.g. Phone Number, First Name, Last Name, Email.',
			itemIndex,
		});
	}
	const repeated = fields.find((field, index) => fields.indexOf(field) !== index);
	if (repeated) {
		throw new NodeOperationError(node, `Columns has ${contactFieldDisplayName(repeated)} twice`, {
			description: 'Each contact field can be the content of one column only. Change or remove one of them.',
			itemIndex,
		});
	}
	return fields;
}

/**
 * Import Contacts: per item, checks the CSV binary and the column mapping, uploads the file
 * (`POST /uploads?convert=csv`) and asks ClickSend to import it into the list
 * (`POST /lists/{list_id}/import` with `file_url` and `field_order`). ClickSend imports in the
 * background; the output is its answer plus the list ID and the uploaded file's URL.
 */
export async function importContacts(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const node = this.getNode();
	const items = this.getInputData();
	return await forEachItem.call(this, async (itemIndex) => {
		const listId = checkId(
			node,
			'listId',
			this.getNodeParameter('listId', itemIndex, undefined, { extractValue: true }),
			itemIndex,
		);
		const property = assertBinaryProperty(
			node,
			items[itemIndex].binary,
			this.getNodeParameter('binaryPropertyName', itemIndex) as string,
			'Input Binary Field',
			itemIndex,
		);
		const file = this.helpers.assertBinaryData(itemIndex, property);
		assertFileType(node, file, CSV, `Input Binary Field "${property}"`, itemIndex);
		const fields = columnFields.call(this, itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		let csv = await this.helpers.getBinaryDataBuffer(itemIndex, property);
		if (options.skipHeaderRow) csv = withoutFirstLine(csv);
		if (!csv.toString('utf8').trim()) {
			throw new NodeOperationError(node, `The CSV file in "${property}" has no contacts`, {
				description: 'The file is empty (or has only the header row). Check the node that produced it.',
				itemIndex,
			});
		}
		const { url } = await uploadToClickSend.call(this, csv, 'csv', itemIndex);
		const envelope = await clickSendRequest.call(this, {
			method: 'POST',
			path: `/lists/${listId}/import`,
			body: { file_url: url, field_order: importFieldOrder(fields) },
			itemIndex,
		});
		return { ...(envelope.data ?? {}), list_id: listId, file_url: url };
	});
}
