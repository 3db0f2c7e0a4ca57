import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationModule, ResourceModule } from './types';

import { account } from './account';
import { contact } from './contact';
import { contactList } from './contactList';
import { email } from './email';
import { emailAddress } from './emailAddress';
import { emailCampaign } from './emailCampaign';
import { emailTemplate } from './emailTemplate';
import { fax } from './fax';
import { letter } from './letter';
import { mms } from './mms';
import { mmsCampaign } from './mmsCampaign';
import { number } from './number';
import { postcard } from './postcard';
import { returnAddress } from './returnAddress';
import { sms } from './sms';
import { subaccount } from './subaccount';
import { smsCampaign } from './smsCampaign';
import { smsTemplate } from './smsTemplate';
import { voice } from './voice';
import { automationRule } from './automationRule';
import { country } from './country';
import { defaultSender } from './defaultSender';
import { deliveryIssue } from './deliveryIssue';
import { emailToSms } from './emailToSms';
import { linkTracking } from './linkTracking';
import { reporting } from './reporting';
import { timeZone } from './timeZone';

/**
 * Every resource of the ClickSend node, in the order of the Resource dropdown. To add one, create
 * actions/<resource>/index.ts exporting a ResourceModule and list it here.
 */
export const resources: ResourceModule[] = [
	sms,
	smsTemplate,
	smsCampaign,
	mms,
	mmsCampaign,
	voice,
	contact,
	contactList,
	email,
	emailCampaign,
	emailTemplate,
	emailAddress,
	fax,
	letter,
	postcard,
	returnAddress,
	number,
	account,
	subaccount,
	automationRule,
	defaultSender,
	emailToSms,
	reporting,
	linkTracking,
	deliveryIssue,
	country,
	timeZone,
];

export function findOperation(resource: string, operation: string): OperationModule | undefined {
	return resources
		.find((candidate) => candidate.value === resource)
		?.operations.find((op) => op.option.value === operation);
}

function byName<T extends { name: string }>(a: T, b: T): number {
	return a.name.localeCompare(b.name);
}

/**
 * What an AI agent is told about the operation, shown only on the node's tool form (n8n's
 * `@tool`). With a `toolDescription` property of our own, n8n uses it instead of its automatic
 * "<action> in ClickSend"; the user can still edit it.
 */
function toolDescriptionProperty(operation: OperationModule): INodeProperties {
	const property: INodeProperties = {
		displayName: 'Tool Description',
		name: 'toolDescription',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description:
			'What the AI agent is told about this tool: what it does, what it needs and what it returns',
		displayOptions: { show: { '@tool': [true] } },
	};
	// Computed defaults are set after the literal, which n8n's linter checks for a default.
	property.default = operation.option.toolDescription;
	return property;
}

/** A resource's Operation dropdown and its operations' fields, each shown for its operation only. */
function resourceProperties(resource: ResourceModule): INodeProperties[] {
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: resource.operations
			.map(({ option }) => ({
				name: option.name,
				value: option.value,
				action: option.action,
				description: option.description,
			}))
			.sort(byName),
		default: '',
	};
	selector.default = resource.defaultOperation;
	return [
		selector,
		...resource.operations.flatMap((operation) =>
			updateDisplayOptions(
				{ show: { resource: [resource.value], operation: [operation.option.value] } },
				[toolDescriptionProperty(operation), ...operation.properties],
			),
		),
	];
}

/** The node's properties: the Resource dropdown, then each resource's operations and fields. */
export function nodeProperties(): INodeProperties[] {
	const selector: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map(({ name, value, description }) => ({ name, value, description })),
		default: '',
	};
	selector.default = resources[0].value;
	return [selector, ...resources.flatMap(resourceProperties)];
}

/** The canvas subtitle: the chosen operation's action ("Send an SMS"), not its internal value. */
export function subtitleExpression(): string {
	// One flat map keyed "resource/operation": a nested object literal would contain `}}`, which
	// ends n8n's `{{ … }}` expression early (the subtitle then fails with "invalid syntax").
	const actions: Record<string, string> = {};
	for (const resource of resources) {
		for (const { option } of resource.operations)
			actions[`${resource.value}/${option.value}`] = option.action;
	}
	return `={{ (${JSON.stringify(actions)})[$parameter["resource"] + "/" + $parameter["operation"]] || "" }}`;
}
