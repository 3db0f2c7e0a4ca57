import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';

export const mms: ResourceModule = {
	name: 'MMS',
	value: 'mms',
	description: 'Send MMS with an image, check prices, read the MMS history',
	defaultOperation: 'send',
	operations: [calculatePrice, getAll, send],
};
