import type { INode } from 'n8n-workflow';

import { fail, textOf } from '../validation/fail';

/**
 * Approval replies: the approve and decline keywords (comma-separated lists, e.g. "YES, Y") and
 * how a reply is read against them. Case, spaces and surrounding punctuation do not matter:
 * " Yes! ", "yes" and "Y E S" all match YES.
 */

export type Decision = 'approved' | 'declined' | 'other';

export interface ApprovalKeywords {
	approve: string[];
	decline: string[];
}

/** How a reply or keyword is compared: lower case, no spaces, no punctuation around it. */
export function normaliseReply(text: string): string {
	return text
		.toLowerCase()
		.replace(/\s+/g, '')
		.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

function keywordList(node: INode, value: unknown, field: string, example: string): string[] {
	const words = textOf(node, value, field)
		.split(',')
		.map((word) => word.trim())
		.filter((word) => normaliseReply(word) !== '');
	if (!words.length) {
		fail(
			node,
			`${field} is empty`,
			`Enter at least one word the recipient replies with, e.g. "${example}" (several: separated by commas).`,
		);
	}
	return words;
}

/** Reads and checks both keyword lists: neither empty, no keyword in both. */
export function readApprovalKeywords(
	node: INode,
	approveValue: unknown,
	declineValue: unknown,
): ApprovalKeywords {
	const approve = keywordList(node, approveValue, 'Approve Keywords', 'YES, Y');
	const decline = keywordList(node, declineValue, 'Decline Keywords', 'NO, N');
	const approveSet = new Set(approve.map(normaliseReply));
	const both = decline.filter((word) => approveSet.has(normaliseReply(word)));
	if (both.length) {
		fail(
			node,
			`"${both[0]}" is both an approve and a decline keyword`,
			'A reply must mean one thing: remove it from Approve Keywords or from Decline Keywords.',
		);
	}
	return { approve, decline };
}

export function decide(reply: string, keywords: ApprovalKeywords): Decision {
	const said = normaliseReply(reply);
	if (keywords.approve.some((word) => normaliseReply(word) === said)) return 'approved';
	if (keywords.decline.some((word) => normaliseReply(word) === said)) return 'declined';
	return 'other';
}

/** The SMS sent after a reply that is neither keyword, unless the node gives its own text. */
export function defaultAskAgainText(keywords: ApprovalKeywords): string {
	return `Sorry, we did not understand your reply. Please reply ${keywords.approve[0]} or ${keywords.decline[0]}.`;
}
