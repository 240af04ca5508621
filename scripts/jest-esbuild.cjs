// Jest transformer: esbuild strips types (`tsc --noEmit` checks them) and makes imports/' ES modules
// CommonJS; not @swc/jest or ts-jest, so the tests run what the synth's own compiler makes.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const optionsFor = (filename) => {
  // The generated bindings are megabytes that nobody steps through: no source map for them.
  const generated = filename.includes(`${path.sep}imports${path.sep}`);
  return {
    loader: filename.endsWith('.ts') ? 'ts' : 'js',
    format: 'cjs',
    target: 'node26',
    // The source map names the file relative to itself, so the same file in a copy of the repository
    // (the worked examples' test) reuses the cached transform: 1.3 s of CPU per run otherwise.
    sourcefile: path.basename(filename),
    sourcemap: generated ? false : 'external',
    keepNames: !generated,
  };
};

// What a cached transform was made by: esbuild's version and this file's own bytes.
const transformerKey = createHash('sha256').update(esbuild.version).update('\0').update(readFileSync(__filename)).digest('hex');

module.exports = {
  getCacheKey(source, filename, { configString }) {
    return createHash('sha256')
      .update([transformerKey, configString, JSON.stringify(optionsFor(filename)), source].join('\0'))
      .digest('hex');
  },
  process(source, filename) {
    const { code, map } = esbuild.transformSync(source, optionsFor(filename));
    return { code, map: map || undefined };
  },
};
