'use strict';
/**
 * `npm run bench`: runs bench/benchmark.ts in plain Node (the TypeScript is transpiled on load, as
 * the e2e scripts do), outside jest, whose module sandbox would slow n8n's expression engine down
 * and inflate memory. Progress goes to stderr; the table and the final JSON line to stdout.
 */
require('../test/e2e/register-ts');

require('./benchmark.ts')
	.main()
	.then(() => process.exit(0))
	.catch((error) => {
		console.error(error);
		process.exit(1);
	});
