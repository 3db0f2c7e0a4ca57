import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/letter/.
export const letter: ResourceModule = {
	name: 'Letter',
	value: 'letter',
	description: 'Print and post letters from a PDF, check prices, read the letter history',
	defaultOperation: 'send',
	operations: [],
};
