import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import { withPreSend } from '../../shared/routing';
import { assertNumericId } from '../../shared/validation';
import type { ResourceModule } from '../types';
import { createReturnAddress, createReturnAddressFields } from './create';
import { deleteReturnAddressFields, returnAddressDeleted } from './delete';
import { getReturnAddressFields } from './get';
import { getManyReturnAddressesFields } from './getMany';
import { updateReturnAddress, updateReturnAddressFields } from './update';

/** preSend: the path of the chosen return address, its ID checked first. */
async function returnAddressPath(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = assertNumericId(this.getNode(), this.getNodeParameter('returnAddressId', '', { extractValue: true }), 'Return Address', this.getItemIndex());
	requestOptions.url = `/post/return-addresses/${id}`;
	return requestOptions;
}

const returnAddressOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['returnAddress'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a return address',
			description: 'Add a return address for letters and postcards',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a return address',
			description: 'Delete a return address',
			routing: withPreSend(
				operationRouting({ method: 'DELETE', url: '/post/return-addresses', output: [returnAddressDeleted] }),
				returnAddressPath,
			),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a return address',
			description: 'Get one return address',
			routing: withPreSend(operationRouting({ method: 'GET', url: '/post/return-addresses', output: [unwrapData] }), returnAddressPath),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many return addresses',
			description: 'List the return addresses of the account',
			routing: listOperationRouting({ method: 'GET', url: '/post/return-addresses' }),
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a return address',
			description: 'Change some fields of a return address',
		},
	],
	default: 'create',
};

export const returnAddressResource: ResourceModule = {
	name: 'Return Address',
	value: 'returnAddress',
	description: 'Manage the return addresses printed on letters and postcards',
	properties: [
		returnAddressOperation,
		...createReturnAddressFields,
		...deleteReturnAddressFields,
		...getReturnAddressFields,
		...getManyReturnAddressesFields,
		...updateReturnAddressFields,
	],
	customOperations: { create: createReturnAddress, update: updateReturnAddress },
};
