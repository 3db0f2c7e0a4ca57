'use strict';
/**
 * `npm run surface:update`: rewrites test/fixtures/surface.json from the code (the public surface
 * the surface test compares with). Review the diff: a changed or removed line breaks saved
 * workflows unless it is only a display name. Given a file name, writes there instead (the 1.0.0
 * baseline was made this way from the 1.0.0 commit; it is never rewritten).
 */
require('../e2e/register-ts');
const { liveSurface, writeSurface, SURFACE_FILE } = require('./surface.ts');

const file = process.argv[2] ?? SURFACE_FILE;
writeSurface(file, liveSurface());
console.log(`Wrote ${file}`);
