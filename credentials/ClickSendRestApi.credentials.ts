import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * ClickSend API credential. The type name is `clickSendRestApi`, not `clickSendApi`: two other
 * ClickSend packages already register `clickSendApi`, and credential type names are global in n8n.
 */
export class ClickSendRestApi implements ICredentialType {
	name = 'clickSendRestApi';

	displayName = 'ClickSend API';

	icon: Icon = { light: 'file:../icons/clicksend.svg', dark: 'file:../icons/clicksend.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-clicksend/n8n-nodes-clicksend/blob/main/README.md#credential';

	properties: INodeProperties[] = [
		{
			displayName: 'API Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description:
				'Your ClickSend API username. In the ClickSend dashboard open Developers → API Credentials (top right) to see it.',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Your ClickSend API key, shown next to the username under Developers → API Credentials',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://rest.clicksend.com/v3',
			required: true,
			description:
				'Leave as is for ClickSend. Change it only to route requests through a proxy or a test server.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 300 },
			default: 30,
			description:
				'How long one request may wait for ClickSend to answer before it fails. 30 seconds is plenty for ClickSend; raise it only for a slow proxy.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.username}}',
				password: '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/account',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'ClickSend rejected this API username or API key (401 INVALID_CREDENTIALS). Copy both again from Developers → API Credentials in the ClickSend dashboard.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'ClickSend refused this account (403): it may not be activated yet, or it is suspended. Check the account in the ClickSend dashboard.',
				},
			},
		],
	};
}
