import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sendVerification from './sendVerification.operation';
import * as verify from './verify.operation';

export const emailAddress: ResourceModule = {
	name: 'Email Address',
	value: 'emailAddress',
	description: 'The addresses you may send email from: add, verify, list, delete',
	defaultOperation: getAll.option.value,
	operations: [create, deleteOperation, get, getAll, sendVerification, verify],
};
