import type { INodeProperties } from 'n8n-workflow';
import { idLocatorField, showFor } from '../../shared/routing';


/** The template an operation works on: picked from the account's templates or given by ID. */
export function templateField(operations: string[]): INodeProperties {
	return idLocatorField({
		displayName: 'Template',
		name: 'templateId',
		displayOptions: showFor('smsTemplate', operations),
		description: 'The SMS template to use',
		searchListMethod: 'searchSmsTemplates',
		exampleId: '587713',
		what: 'template',
	});
}

/** Template Name + Body, sent as `template_name` and `body`. */
export function templateContentFields(operations: string[]): INodeProperties[] {
	const displayOptions = showFor('smsTemplate', operations);
	return [
		{
			displayName: 'Template Name',
			name: 'templateName',
			type: 'string',
			default: '',
			required: true,
			displayOptions,
			placeholder: 'e.g. Order shipped',
			description: 'A name to find the template by',
			routing: { send: { type: 'body', property: 'template_name' } },
		},
		{
			displayName: 'Body',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			required: true,
			displayOptions,
			placeholder: 'e.g. Hi [First Name], your order has shipped.',
			description: 'The text of the template',
			routing: { send: { type: 'body', property: 'body' } },
		},
	];
}

/** `/sms/templates/{id}` with the template picked in the Template field. */
export const templateUrl = '=/sms/templates/{{ encodeURIComponent(String($parameter.templateId.value ?? $parameter.templateId).trim()) }}';
