/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test harness code, never shipped in the package */
import { existsSync } from 'fs';
import { resolve } from 'path';

/**
 * ClickSend's official OpenAPI spec. Default: ../shared/clicksend-openapi.yaml beside the repo
 * (how CI lays it out); CLICKSEND_OPENAPI_SPEC overrides. Missing spec = loud failure: the
 * contract check must never be skipped silently.
 */
export function openApiSpecPath(): string {
	const candidate =
		process.env.CLICKSEND_OPENAPI_SPEC ?? resolve(__dirname, '..', '..', '..', 'shared', 'clicksend-openapi.yaml');
	if (!existsSync(candidate)) {
		throw new Error(
			`ClickSend OpenAPI spec not found at ${candidate}. Put ClickSend's spec there (the repo expects ../shared/clicksend-openapi.yaml) or set CLICKSEND_OPENAPI_SPEC to its path.`,
		);
	}
	return candidate;
}
