import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/number/.
export const number: ResourceModule = {
	name: 'Number',
	value: 'number',
	description: 'Dedicated numbers: list yours, search available ones, buy one',
	defaultOperation: 'getAll',
	operations: [],
};
