import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as cancel from './cancel.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';

export const postcard: ResourceModule = {
	name: 'Postcard',
	value: 'postcard',
	description:
		'Print and post postcards from a PDF, check prices, cancel scheduled postcards, read the postcard history',
	defaultOperation: 'send',
	operations: [calculatePrice, cancel, getAll, send],
};
