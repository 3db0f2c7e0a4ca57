import type { ResourceModule } from '../types';
import * as getClicks from './getClicks.operation';
import * as getStatistics from './getStatistics.operation';

export const linkTracking: ResourceModule = {
	name: 'Link Tracking',
	value: 'linkTracking',
	description: 'Who clicked the short links in your SMS',
	defaultOperation: getStatistics.option.value,
	operations: [getClicks, getStatistics],
};
