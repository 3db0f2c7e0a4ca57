import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifier, simplifyField } from '../../fields/simplify';
import { responseRows } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { assertOneOf } from '../../validation/input';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many countries',
	description: "ClickSend's countries: all of them, or those for global sending",
	toolDescription:
		"List countries as ClickSend knows them. list=all: every country code and name (code, value). list=globalSending: the countries SMS and MMS can be sent to, with ClickSend's id and region. list=selected: the countries this account has selected for global sending, with their registration status and rules. Returns one row per country.",
};

/** Which list, and its endpoint. */
const LISTS: Array<[value: string, name: string, description: string, path: string]> = [
	['all', 'All Countries', 'Every country code and name', '/countries'],
	[
		'globalSending',
		'Countries for Global Sending',
		'The countries SMS and MMS can be sent to, with their ID and region',
		'/country-list',
	],
	[
		'selected',
		'Countries Selected by This Account',
		'The countries this account has selected for global sending, with registration status and rules',
		'/user-countries',
	],
];

/** What Simplify keeps (a selected country has about 18 fields; the other lists fewer, kept whole). */
const SIMPLE_FIELDS = [
	'id',
	'code',
	'name',
	'value',
	'region',
	'registration_status',
	'restricted_sending',
	'trial_sending',
	'has_regulation_requirements',
	'regulation_requirements_description',
];

export const properties: INodeProperties[] = [
	{
		displayName: 'List',
		name: 'list',
		type: 'options',
		options: LISTS.map(([value, name, description]) => ({ name, value, description })),
		default: 'all',
		description: 'Which countries to list',
	},
	simplifyField(SIMPLE_FIELDS),
];

/** GET /countries, /country-list or /user-countries: each answers with the whole list in `data[]` (no pages). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const list = assertOneOf(
		this.getNode(),
		this.getNodeParameter('list', itemIndex, 'all'),
		'List',
		LISTS.map(([value]) => value),
		itemIndex,
	);
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: LISTS.find(([value]) => value === list)![3],
		itemIndex,
	});
	const rows = responseRows(envelope);
	return rows.map(simplifier.call(this, itemIndex, SIMPLE_FIELDS));
}
