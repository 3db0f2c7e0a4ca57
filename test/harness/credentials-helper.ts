import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';
import { Credentials } from 'n8n-core';

/**
 * Credentials for engine tests: holds decrypted credential data per type and applies a
 * credential type's generic `authenticate` the way n8n does, resolving its `={{$credentials…}}`
 * expressions with n8n's own expression engine.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: Record<string, ICredentialType>,
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = this.credentialTypes[typeName];
		const authenticate = type?.authenticate;
		if (!authenticate) return requestOptions;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		const resolve = (value: unknown) =>
			workflow.expression.getParameterValue(
				value as string,
				null,
				0,
				0,
				node.name,
				[],
				'internal',
				{ $credentials: credentials },
				undefined,
				false,
			);
		const out: IHttpRequestOptions = { ...requestOptions };
		const { properties } = authenticate;
		if (properties.auth) {
			out.auth = {
				username: String(resolve(properties.auth.username)),
				password: String(resolve(properties.auth.password)),
			};
		}
		for (const key of ['headers', 'qs', 'body'] as const) {
			const extra = properties[key];
			if (!extra) continue;
			const resolved: Record<string, unknown> = {};
			for (const [name, value] of Object.entries(extra)) resolved[name] = resolve(value);
			(out as unknown as Record<string, unknown>)[key] = {
				...((out[key] as object) ?? {}),
				...resolved,
			};
		}
		return out;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<Credentials> {
		return new Credentials(nodeCredentials, type);
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		const defaults: ICredentialDataDecryptedObject = {};
		for (const property of (this.credentialTypes[type]?.properties ?? []) as INodeProperties[]) {
			defaults[property.name] = property.default as string;
		}
		return { ...defaults, ...data };
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes[type]?.properties ?? [];
	}
}
