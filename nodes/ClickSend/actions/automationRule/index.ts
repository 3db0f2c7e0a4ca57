import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendTestEvent from './sendTestEvent.operation';
import * as update from './update.operation';

export const automationRule: ResourceModule = {
	name: 'Automation Rule',
	value: 'automationRule',
	description:
		'What ClickSend does with inbound messages and delivery receipts: forward to a URL, an email address, a phone number or a list',
	defaultOperation: getAll.option.value,
	operations: [create, del, get, getAll, sendTestEvent, update],
};
