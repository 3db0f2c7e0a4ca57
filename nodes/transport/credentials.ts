import type {
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Any n8n context that may call ClickSend: action node, dropdowns, triggers. */
export type ClickSendContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| IWebhookFunctions;

export const CREDENTIAL_TYPE = 'clickSendRestApi';

export const DEFAULT_BASE_URL = 'https://rest.clicksend.com/v3';

/** How long one request may wait for ClickSend's answer, unless the credential says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

const MAX_TIMEOUT_SECONDS = 300;

export interface ConnectionSettings {
	/** The API root without a trailing slash, e.g. https://rest.clicksend.com/v3 */
	baseUrl: string;
	timeoutMs: number;
}

interface ClickSendCredentialData {
	baseUrl?: unknown;
	timeout?: unknown;
}

function credentialError(
	context: ClickSendContext,
	message: string,
	description: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), message, { description });
}

/**
 * Where and how long to talk to ClickSend, from the credential. The one place that decides what
 * an empty or malformed Base URL means: an error naming the credential field, before any request.
 */
export async function connectionSettings(this: ClickSendContext): Promise<ConnectionSettings> {
	const credentials = await this.getCredentials<ClickSendCredentialData>(CREDENTIAL_TYPE);
	const baseUrl =
		typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim().replace(/\/+$/, '') : '';
	if (!baseUrl) {
		throw credentialError(
			this,
			'The Base URL of the ClickSend API credential is empty',
			`Open the ClickSend API credential and set Base URL to ${DEFAULT_BASE_URL} (ClickSend's address), or to the address of your proxy.`,
		);
	}
	if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
		throw credentialError(
			this,
			`The Base URL of the ClickSend API credential is not a web address: "${baseUrl}"`,
			`Open the ClickSend API credential and set Base URL to ${DEFAULT_BASE_URL}, or to the http(s) address of your proxy.`,
		);
	}
	const seconds =
		credentials.timeout === undefined || credentials.timeout === ''
			? DEFAULT_TIMEOUT_SECONDS
			: Number(credentials.timeout);
	if (!Number.isFinite(seconds) || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
		throw credentialError(
			this,
			`The Timeout of the ClickSend API credential is not valid: "${String(credentials.timeout)}"`,
			`Set Timeout to a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS} (${DEFAULT_TIMEOUT_SECONDS} is right for ClickSend).`,
		);
	}
	return { baseUrl, timeoutMs: Math.round(seconds * 1000) };
}
