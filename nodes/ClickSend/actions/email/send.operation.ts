import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { parameterReader } from '../../execution/parameters';
import { runItemSends } from '../../sending/oneByOne';
import { fail } from '../../validation/fail';
import { readSendGuards, readSendKey, withSendGuards } from '../../fields/sendGuards';
import type { PriceQuote } from '../../sending/spendGuard';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { emailBody, prepareEmail, sendFields, type PreparedEmail } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an email',
	description: 'Send one email per input item from one of your verified addresses',
	toolDescription:
		"Send a transactional email with ClickSend from one of the account's verified sender addresses. Needs the recipient address(es) (e.g. test1@test.com, or Jane Doe <test2@test.com>), the From Address ID, a sender name, a subject and an HTML or text body. Returns ClickSend's record of the email: message_id, status, price, schedule.",
};

export const properties: INodeProperties[] = withSendGuards(sendFields);

/** ClickSend's price of one email (POST /email/price, nothing sent); the answer's shape is undocumented, so the usual price fields are read. */
async function priceOf(
	this: IExecuteFunctions,
	email: PreparedEmail,
	itemIndex: number,
): Promise<PriceQuote> {
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/email/price',
		body: await emailBody.call(this, email, itemIndex),
		idempotent: true,
		itemIndex,
	});
	const data = responseData(envelope);
	const price = Number(data.total_price ?? data.price ?? data._price);
	if (!Number.isFinite(price)) {
		fail(
			this.getNode(),
			'ClickSend gave no price for this email',
			'Max Cost per Run needs the price of every email before sending. Set Max Cost per Run to 0 to send without it.',
			itemIndex,
		);
	}
	return {
		price,
		messages: 1,
		currency: String((data._currency as IDataObject | undefined)?.currency_name_short ?? ''),
	};
}

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	const node = this.getNode();
	const emails = new Map<number, PreparedEmail>();
	return await runItemSends.call(this, {
		historyName: 'email history (Email → Get Many)',
		guards: readSendGuards(node, read),
		keyOf: (itemIndex) =>
			`/email/send ${readSendKey(node, read, itemIndex) ?? JSON.stringify([emails.get(itemIndex)!.body, emails.get(itemIndex)!.attachments])}`,
		priceOf: async (itemIndex) => await priceOf.call(this, emails.get(itemIndex)!, itemIndex),
		prepare: async (itemIndex) => {
			const email = await prepareEmail.call(this, read, itemIndex);
			emails.set(itemIndex, email);
			return async () => ({
				method: 'POST',
				path: '/email/send',
				body: await emailBody.call(this, email, itemIndex),
			});
		},
	});
}
