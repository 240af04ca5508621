'use strict';
// The pinned upstream schema files (schemas.lock.json), read and sha256-checked. One implementation
// for the schema gate (policy/schema.ts, bundled into the synth) and the scripts that run as plain
// Node (scripts/import.mjs: `npm run import`), so both refuse the same files with the same words.
const { createHash } = require('node:crypto');
const { existsSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

/** The folder holding the pinned schema files: OCEANID_SCHEMAS, else ../shared/schemas, relative to `root`. */
function schemasDir(root) {
  const dir = resolve(root, process.env.OCEANID_SCHEMAS ?? '../shared/schemas');
  const fix = 'run `npm run fetch-schemas` or set OCEANID_SCHEMAS to a folder laid out as schemas.lock.json describes';
  if (!existsSync(dir)) throw new Error(`schema folder ${dir} does not exist: ${fix}`);
  return dir;
}

/** The text of a pinned file below `dir`, after checking its sha256 against the lock entry. */
function readPinned(dir, entry) {
  const file = join(dir, entry.path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run fetch-schemas\``);
  const text = readFileSync(file, 'utf8');
  const sum = createHash('sha256').update(text).digest('hex');
  if (sum !== entry.sha256) throw new Error(`${file} has sha256 ${sum}; schemas.lock.json pins ${entry.sha256}: fetch the pinned file again`);
  return text;
}

module.exports = { schemasDir, readPinned };
