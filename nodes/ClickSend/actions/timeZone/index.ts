import type { ResourceModule } from '../types';
import * as getAll from './getAll.operation';

export const timeZone: ResourceModule = {
	name: 'Time Zone',
	value: 'timeZone',
	description: 'The time zones ClickSend supports',
	defaultOperation: getAll.option.value,
	operations: [getAll],
};
