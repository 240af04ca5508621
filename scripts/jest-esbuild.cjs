// Jest transformer: strips types with esbuild (no type checking; `tsc --noEmit` runs first in
// `npm test`) and turns the ES modules of imports/ into CommonJS for Jest.
const { createHash } = require('node:crypto');
const { transformSync } = require('esbuild');

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update(filename).update('\0').update(source).digest('hex');
  },
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: 'external',
      keepNames: true,
    });
    return { code, map };
  },
};
