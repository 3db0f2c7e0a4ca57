import type { ResourceModule } from '../types';
import * as buy from './buy.operation';
import * as getAll from './getAll.operation';
import * as searchAvailable from './searchAvailable.operation';

export const number: ResourceModule = {
	name: 'Number',
	value: 'number',
	description: 'Dedicated numbers: list yours, search available ones, buy one',
	defaultOperation: getAll.option.value,
	operations: [buy, getAll, searchAvailable],
};
