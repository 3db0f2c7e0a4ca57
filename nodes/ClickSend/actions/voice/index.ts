import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as cancel from './cancel.operation';
import * as cancelAll from './cancelAll.operation';
import * as getAll from './getAll.operation';
import * as getAllReceipts from './getAllReceipts.operation';
import * as send from './send.operation';

export const voice: ResourceModule = {
	name: 'Voice',
	value: 'voice',
	description:
		'Make text-to-speech calls, check prices, cancel scheduled calls, read history and receipts',
	defaultOperation: 'send',
	operations: [calculatePrice, cancel, cancelAll, getAll, getAllReceipts, send],
};
