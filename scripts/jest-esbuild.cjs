// Jest transformer: strips types with esbuild (no type checking; `tsc --noEmit` runs first in
// `npm test`) and turns the ES modules of imports/ into CommonJS for Jest.
const { createHash } = require('node:crypto');
const path = require('node:path');
const { transformSync } = require('esbuild');

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update(filename).update('\0').update(source).digest('hex');
  },
  process(source, filename) {
    // The generated bindings are megabytes that nobody steps through: no source map for them.
    const generated = filename.includes(`${path.sep}imports${path.sep}`);
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: generated ? false : 'external',
      keepNames: !generated,
    });
    return { code, map: map || undefined };
  },
};
