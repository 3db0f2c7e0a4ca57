import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/voice/.
export const voice: ResourceModule = {
	name: 'Voice',
	value: 'voice',
	description: 'Make text-to-speech calls, check prices, cancel scheduled calls, read history and receipts',
	defaultOperation: 'send',
	operations: [],
};
