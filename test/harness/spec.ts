/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test harness code, never shipped in the package */
import { existsSync } from 'fs';
import { resolve } from 'path';

/** The copy shipped in the repository (see test/fixtures/README.md). */
export const BUNDLED_OPENAPI_SPEC = resolve(__dirname, '..', 'fixtures', 'clicksend-openapi.yaml');

/**
 * ClickSend's official OpenAPI spec. Default: test/fixtures/clicksend-openapi.yaml in this
 * repository; CLICKSEND_OPENAPI_SPEC overrides. Missing spec = loud failure: the contract check
 * must never be skipped silently.
 */
export function openApiSpecPath(): string {
	const fromEnv = process.env.CLICKSEND_OPENAPI_SPEC;
	const candidate = fromEnv ? resolve(fromEnv) : BUNDLED_OPENAPI_SPEC;
	if (!existsSync(candidate)) {
		throw new Error(
			fromEnv
				? `ClickSend OpenAPI spec not found at ${candidate} (CLICKSEND_OPENAPI_SPEC=${fromEnv}). Point CLICKSEND_OPENAPI_SPEC at an existing file, or unset it to use the repository's copy (${BUNDLED_OPENAPI_SPEC}).`
				: `ClickSend OpenAPI spec not found at ${candidate}. The repository ships it there (test/fixtures/clicksend-openapi.yaml): restore it with \`git checkout -- test/fixtures/clicksend-openapi.yaml\`, or set CLICKSEND_OPENAPI_SPEC to a copy.`,
		);
	}
	return candidate;
}
