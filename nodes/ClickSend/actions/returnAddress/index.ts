import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/returnAddress/.
export const returnAddress: ResourceModule = {
	name: 'Return Address',
	value: 'returnAddress',
	description: 'Manage the return addresses printed on letters and postcards',
	defaultOperation: 'getAll',
	operations: [],
};
