import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as cancel from './cancel.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';
import * as update from './update.operation';

export const smsCampaign: ResourceModule = {
	name: 'SMS Campaign',
	value: 'smsCampaign',
	description: 'One SMS to a whole contact list (up to 20,000 contacts)',
	defaultOperation: 'send',
	operations: [calculatePrice, cancel, get, getAll, send, update],
};
