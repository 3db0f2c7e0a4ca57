import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/smsCampaign/.
export const smsCampaign: ResourceModule = {
	name: 'SMS Campaign',
	value: 'smsCampaign',
	description: 'One SMS to a whole contact list (up to 20,000 contacts)',
	defaultOperation: 'send',
	operations: [],
};
