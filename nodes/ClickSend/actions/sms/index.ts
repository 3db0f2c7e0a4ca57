import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as cancel from './cancel.operation';
import * as cancelAll from './cancelAll.operation';
import * as getAll from './getAll.operation';
import * as getAllInbound from './getAllInbound.operation';
import * as getAllReceipts from './getAllReceipts.operation';
import * as getReceipt from './getReceipt.operation';
import * as getReplies from './getReplies.operation';
import * as markInboundAsRead from './markInboundAsRead.operation';
import * as markReceiptsAsRead from './markReceiptsAsRead.operation';
import * as send from './send.operation';
import * as sendAndWait from './sendAndWait.operation';

export const sms: ResourceModule = {
	name: 'SMS',
	value: 'sms',
	description: 'Send SMS, check prices, cancel scheduled SMS, read history, receipts and replies',
	defaultOperation: 'send',
	operations: [
		calculatePrice,
		cancel,
		cancelAll,
		getAll,
		getAllInbound,
		getAllReceipts,
		getReceipt,
		getReplies,
		markInboundAsRead,
		markReceiptsAsRead,
		send,
		sendAndWait,
	],
};
