// Jest transformer: strips types with esbuild (no type checking; `tsc --noEmit` runs beside Jest in
// `npm test`) and turns the ES modules of imports/ into CommonJS for Jest. esbuild already builds
// the synth, so the tests run the code the same compiler makes; @swc/jest or ts-jest would add a
// second compiler to keep in step.
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
    target: 'node20',
    // Relative to the file itself, so the same file in a copy of the repository (the worked
    // examples' test) reuses the cached transform: 1.3 s of CPU per run otherwise.
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
