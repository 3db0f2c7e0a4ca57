import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/emailCampaign/.
export const emailCampaign: ResourceModule = {
	name: 'Email Campaign',
	value: 'emailCampaign',
	description: 'Email a contact list: send, price, schedule, update, cancel and follow campaigns',
	defaultOperation: 'send',
	operations: [],
};
