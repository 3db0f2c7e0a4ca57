'use strict';
/**
 * Compile the nodes and the credential into one JavaScript file each (`npm run build` runs it
 * after the type check): every file package.json's `n8n` section names, from its TypeScript
 * source, with everything it imports inlined except `n8n-workflow` (n8n provides it: a peer
 * dependency) and Node's built-ins. n8n loads only those files, so the tarball stays a dozen files
 * however many modules the source has. Not minified: names and line structure stay readable in a
 * stack trace.
 */
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const { n8n } = require(path.join(ROOT, 'package.json'));

/** dist/nodes/X/X.node.js ← nodes/X/X.node.ts */
const sourceOf = (distFile) => distFile.replace(/^dist\//, '').replace(/\.js$/, '.ts');

async function main() {
	const entries = [...n8n.nodes, ...n8n.credentials];
	const t0 = Date.now();
	await Promise.all(
		entries.map((distFile) =>
			esbuild.build({
				absWorkingDir: ROOT,
				entryPoints: [sourceOf(distFile)],
				outfile: distFile,
				bundle: true,
				platform: 'node',
				format: 'cjs',
				target: 'node20',
				external: ['n8n-workflow'],
				legalComments: 'none',
				logLevel: 'warning',
			}),
		),
	);
	console.log(`bundled ${entries.length} files in ${Date.now() - t0} ms`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
