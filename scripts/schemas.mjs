// Where the pinned upstream API schemas are read from, and how a pinned URL maps to a local copy.
// The files are never part of this repository: they sit in ../shared/schemas (or OCEANID_SCHEMAS)
// and `npm run fetch-schemas` fills such a folder from the URLs in schemas.lock.json.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const lock = JSON.parse(readFileSync(join(repoRoot, 'schemas.lock.json'), 'utf8'));

/** cdk8s-cli downloads `k8s@X` from this unpinned URL; it is the same file as the pinned entry. */
const K8S_CLI_URL = /^https:\/\/raw\.githubusercontent\.com\/cdk8s-team\/cdk8s\/master\/kubernetes-schemas\/v([\d.]+)\/_definitions\.json$/;

export function schemasDir() {
  const dir = resolve(repoRoot, process.env.OCEANID_SCHEMAS ?? '../shared/schemas');
  if (!existsSync(dir)) {
    throw new Error(`schema folder ${dir} does not exist: run \`npm run fetch-schemas\` or set OCEANID_SCHEMAS to a folder laid out as schemas.lock.json describes`);
  }
  return dir;
}

/** Returns the lock entry for an upstream URL, or undefined when the URL is not pinned. */
export function entryForUrl(url) {
  const k8s = K8S_CLI_URL.exec(url);
  if (k8s) return lock.files.find((f) => f.path === `kubernetes-v${k8s[1]}/_definitions.json`);
  return lock.files.find((f) => f.url === url);
}

/** Reads a pinned file from the local schema folder and checks its sha256 against the lock. */
export function readPinned(entry) {
  const file = join(schemasDir(), entry.path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run fetch-schemas\``);
  const text = readFileSync(file, 'utf8');
  const sum = createHash('sha256').update(text).digest('hex');
  if (sum !== entry.sha256) {
    throw new Error(`${file} has sha256 ${sum}, schemas.lock.json pins ${entry.sha256}: fetch the pinned file again`);
  }
  return text;
}
