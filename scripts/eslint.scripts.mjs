// The development scripts and the e2e suites are plain CommonJS run by Node, outside what
// `n8n-node lint` checks for undefined names: this catches a name that does not exist (a require
// left behind by a refactor) or one defined and never used, before a suite fails half-way.
// `npm run lint` runs it (eslint.config.mjs stays exactly @n8n/node-cli's).
const nodeGlobals = Object.fromEntries(
	[
		'require',
		'module',
		'exports',
		'process',
		'console',
		'Buffer',
		'__dirname',
		'__filename',
		'setTimeout',
		'clearTimeout',
		'setInterval',
		'clearInterval',
		'setImmediate',
		'queueMicrotask',
		'URL',
		'URLSearchParams',
		'fetch',
		'AbortSignal',
		'AbortController',
		'TextDecoder',
		'TextEncoder',
		'structuredClone',
	].map((name) => [name, 'readonly']),
);

export default [
	{
		files: ['**/*.js'],
		languageOptions: { sourceType: 'commonjs', ecmaVersion: 2023, globals: nodeGlobals },
		rules: { 'no-undef': 'error', 'no-unused-vars': 'error' },
	},
];
