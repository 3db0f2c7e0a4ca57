import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as cancel from './cancel.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';

export const letter: ResourceModule = {
	name: 'Letter',
	value: 'letter',
	description:
		'Print and post letters from a PDF, check prices, cancel scheduled letters, read the letter history',
	defaultOperation: 'send',
	operations: [calculatePrice, cancel, getAll, send],
};
