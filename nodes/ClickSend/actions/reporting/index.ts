import type { ResourceModule } from '../types';
import * as exportHistory from './exportHistory.operation';
import * as getStatistics from './getStatistics.operation';

export const reporting: ResourceModule = {
	name: 'Reporting',
	value: 'reporting',
	description: 'SMS and voice statistics, and message histories exported as CSV files',
	defaultOperation: getStatistics.option.value,
	operations: [exportHistory, getStatistics],
};
