'use strict';
/**
 * Lets plain Node (scripts/e2e.js, scripts/dev.js) require the TypeScript test harness
 * (test/harness/*.ts) without a build step: each .ts file is transpiled on load with the repo's
 * own TypeScript (transpileModule: no type check, CommonJS). Only for the harness, never shipped.
 */
const fs = require('node:fs');
const ts = require('typescript');

if (!require.extensions['.ts']) {
	require.extensions['.ts'] = (module, filename) => {
		const source = fs.readFileSync(filename, 'utf8');
		const { outputText } = ts.transpileModule(source, {
			fileName: filename,
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2020,
				esModuleInterop: true,
				inlineSourceMap: true,
			},
		});
		module._compile(outputText, filename);
	};
	// Extensions are tried in insertion order: put .json after .ts, so that `./ClickSend.node`
	// finds ClickSend.node.ts and not the node's codex file ClickSend.node.json.
	const json = require.extensions['.json'];
	delete require.extensions['.json'];
	require.extensions['.json'] = json;
}
