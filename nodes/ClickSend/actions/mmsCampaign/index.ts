import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as cancel from './cancel.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';
import * as update from './update.operation';

export const mmsCampaign: ResourceModule = {
	name: 'MMS Campaign',
	value: 'mmsCampaign',
	description: 'One MMS to a whole contact list',
	defaultOperation: 'send',
	operations: [calculatePrice, cancel, get, getAll, send, update],
};
