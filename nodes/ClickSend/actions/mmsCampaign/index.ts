import type { ResourceModule } from '../types';

// TODO(issue 11): new resource; its operations are being written.
export const mmsCampaign: ResourceModule = {
	name: 'MMS Campaign',
	value: 'mmsCampaign',
	description: "One MMS to a whole contact list",
	defaultOperation: 'send',
	operations: [],
};
