import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as cancel from './cancel.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getHistory from './getHistory.operation';
import * as send from './send.operation';
import * as update from './update.operation';

export const emailCampaign: ResourceModule = {
	name: 'Email Campaign',
	value: 'emailCampaign',
	description: 'Email a contact list: send, price, schedule, update, cancel and follow campaigns',
	defaultOperation: 'send',
	operations: [calculatePrice, cancel, get, getAll, getHistory, send, update],
};
