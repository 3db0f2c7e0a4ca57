import type { IDataObject } from 'n8n-workflow';

import { firstString } from '../../ClickSendEvents/output';

/**
 * What ties one waiting execution to ClickSend's events: a random token carried by the SMS it
 * sent (`custom_string`, which ClickSend passes back with the replies and the delivery receipts of
 * that message) and by the resume URL its automation rule calls. Only an event that carries this
 * execution's token and comes from its recipient can resume it.
 */

/** `custom_string` of a Send and Wait SMS: `n8n-wait:<token>`, then `:<n>` for the n-th ask again. */
export const WAIT_MARK = 'n8n-wait:';

const MARK_PATTERN = /^n8n-wait:([A-Za-z0-9]+)(?::(\d{1,2}))?$/;

export function waitCustomString(token: string, askedAgain = 0): string {
	return askedAgain ? `${WAIT_MARK}${token}:${askedAgain}` : `${WAIT_MARK}${token}`;
}

/** The token and ask-again count in an event's custom string; undefined when it is not ours. */
export function readWaitMark(
	customString: string | undefined,
): { token: string; askedAgain: number } | undefined {
	const match = MARK_PATTERN.exec(customString?.trim() ?? '');
	return match ? { token: match[1], askedAgain: Number(match[2] ?? 0) } : undefined;
}

export function customStringOf(event: IDataObject): string | undefined {
	return firstString(event, ['custom_string', 'customstring']);
}

/** Two phone numbers are the same when their digits are (ClickSend may drop the `+`). */
export function samePhoneNumber(a: string | undefined, b: string | undefined): boolean {
	const digits = (value: string | undefined) => (value ?? '').replace(/\D/g, '');
	return digits(a) !== '' && digits(a) === digits(b);
}
