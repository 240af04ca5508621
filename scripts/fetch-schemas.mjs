// Downloads every pinned upstream schema of schemas.lock.json into a folder (default: the one
// OCEANID_SCHEMAS or ../shared/schemas names) and checks each sha256. For machines that do not
// have the shared schema folder; the files are never committed to this repository.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import lock from '../schemas.lock.json' with { type: 'json' };
import { repoRoot } from './build.mjs';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const target = resolve(repoRoot, process.argv[2] ?? process.env.OCEANID_SCHEMAS ?? '../shared/schemas');
let fetched = 0;
for (const entry of lock.files) {
  const file = join(target, entry.path);
  if (existsSync(file) && sha256(readFileSync(file)) === entry.sha256) continue;
  // A network error and an HTTP error end alike: the file has to come by other means.
  const response = await fetch(entry.url).catch((error) => ({ ok: false, why: error.cause?.code ?? error.message }));
  if (!response.ok) {
    console.error(`cannot download ${entry.url} (${response.why ?? `HTTP ${response.status}`}); place that file at ${file} by other means`);
    process.exit(1);
  }
  const body = Buffer.from(await response.arrayBuffer());
  const sum = sha256(body);
  if (sum !== entry.sha256) throw new Error(`${entry.url} has sha256 ${sum}, schemas.lock.json pins ${entry.sha256}; refusing it`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  fetched++;
}
console.log(`${target}: ${lock.files.length} pinned schema files present (${fetched} downloaded)`);
