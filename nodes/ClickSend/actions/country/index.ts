import type { ResourceModule } from '../types';
import * as getAll from './getAll.operation';

export const country: ResourceModule = {
	name: 'Country',
	value: 'country',
	description: "ClickSend's countries, and the ones your account sends to",
	defaultOperation: getAll.option.value,
	operations: [getAll],
};
