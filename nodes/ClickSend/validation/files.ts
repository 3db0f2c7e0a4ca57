import type { INode } from 'n8n-workflow';

import { fail } from './fail';

/**
 * ClickSend documents no size limit for POST /uploads (fax, letters, postcards, CSV imports). The
 * whole file travels base64-encoded in one JSON request, so we cap it at 20 MB and say so in the
 * README; MMS media has ClickSend's own documented limit (250 kB).
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = '20 MB';

/**
 * The binary property a field names must be on the item; the error lists the binary properties
 * the item does have (or says it has none), so a wrong name is easy to fix.
 */
export function assertBinaryProperty(
	node: INode,
	binary: Record<string, unknown> | undefined,
	property: string,
	field: string,
	itemIndex?: number,
): string {
	const name = property.trim();
	const available = Object.keys(binary ?? {});
	if (name && available.includes(name)) return name;
	return fail(
		node,
		`${field} "${name}" is not a binary property of item ${itemIndex ?? 0}`,
		available.length
			? `The item's binary properties are: ${available.join(', ')}. Put one of them in ${field}.`
			: 'The item has no binary data. Add a node before this one that reads the file (e.g. Read/Write Files from Disk, HTTP Request, or an email/drive trigger).',
		itemIndex,
	);
}

/** A file of an accepted type, recognised by its MIME type or its extension. */
export function assertFileType(
	node: INode,
	file: { mimeType?: string; fileName?: string; fileExtension?: string },
	accepted: { label: string; extensions: string[]; mimeTypes: string[] },
	field: string,
	itemIndex?: number,
): void {
	const mimeType = (file.mimeType ?? '').split(';')[0].trim().toLowerCase();
	const extension = (
		file.fileExtension ??
		file.fileName?.split('.').slice(1).pop() ??
		''
	).toLowerCase();
	if (accepted.mimeTypes.includes(mimeType) || accepted.extensions.includes(extension)) return;
	const what = [file.fileName && `"${file.fileName}"`, mimeType && `type ${mimeType}`]
		.filter(Boolean)
		.join(', ');
	fail(
		node,
		`${field} is not a ${accepted.label} file${what ? ` (${what})` : ''}`,
		`Use a ${accepted.label} file (.${accepted.extensions.join(', .')}). Export or convert it to ${accepted.label} first, or correct its file name/MIME type.`,
		itemIndex,
	);
}

function size(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} kB`;
}

/** A file that is neither empty nor larger than `maxBytes`; `limit` says the limit for people. */
export function assertFileSize(
	node: INode,
	bytes: number,
	maxBytes: number,
	limit: string,
	field: string,
	itemIndex?: number,
): void {
	if (bytes === 0) {
		fail(
			node,
			`${field} is an empty file (0 bytes)`,
			'The previous node produced an empty file. Check that it read or downloaded the document.',
			itemIndex,
		);
	}
	if (bytes > maxBytes) {
		fail(
			node,
			`${field} is too large (${size(bytes)}; at most ${limit})`,
			`Use a smaller file: compress or split it to at most ${limit} first.`,
			itemIndex,
		);
	}
}
