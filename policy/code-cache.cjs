'use strict';
// Runs CommonJS source with a V8 code cache. One implementation for the synth bundle
// (scripts/build.mjs) and the compiled schema validators (policy/validator-cache.ts). Each caller
// keys and seals its cache files itself: V8 compares only the length of the source, so the caller
// passes cached data only when it was made from exactly these bytes (by this Node).
const Module = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/** Compiles (with `cachedData` when given) and runs `source` as the module `filename`. */
function runCommonJs(source, filename, cachedData) {
  const script = new Script(Module.wrap(source), { filename, cachedData });
  const mod = new Module(filename, undefined);
  mod.filename = filename;
  mod.paths = Module._nodeModulePaths(dirname(filename));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(filename), mod, filename, dirname(filename));
  return {
    module: mod,
    cachedDataUsed: cachedData !== undefined && !script.cachedDataRejected,
    createCachedData: () => script.createCachedData(),
  };
}

module.exports = { runCommonJs };
