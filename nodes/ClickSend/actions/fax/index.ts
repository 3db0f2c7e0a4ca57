import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as getAll from './getAll.operation';
import * as getAllReceipts from './getAllReceipts.operation';
import * as getReceipt from './getReceipt.operation';
import * as send from './send.operation';

export const fax: ResourceModule = {
	name: 'Fax',
	value: 'fax',
	description: 'Send faxes from a PDF, check prices, read the fax history and delivery receipts',
	defaultOperation: 'send',
	operations: [calculatePrice, getAll, getAllReceipts, getReceipt, send],
};
