// Where the pinned upstream API schemas are read from, and how a pinned URL maps to a local copy.
// The files are never part of this repository: they sit in ../shared/schemas (or OCEANID_SCHEMAS)
// and `npm run fetch-schemas` fills such a folder from the URLs in schemas.lock.json.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pinned from '../policy/pinned-schemas.cjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const lock = JSON.parse(readFileSync(join(repoRoot, 'schemas.lock.json'), 'utf8'));

/** cdk8s-cli downloads `k8s@X` from this unpinned URL; it is the same file as the pinned entry. */
const K8S_CLI_URL = /^https:\/\/raw\.githubusercontent\.com\/cdk8s-team\/cdk8s\/master\/kubernetes-schemas\/v([\d.]+)\/_definitions\.json$/;

export function schemasDir() {
  return pinned.schemasDir(repoRoot);
}

/** Returns the lock entry for an upstream URL, or undefined when the URL is not pinned. */
export function entryForUrl(url) {
  const k8s = K8S_CLI_URL.exec(url);
  if (k8s) return lock.files.find((f) => f.path === `kubernetes-v${k8s[1]}/_definitions.json`);
  return lock.files.find((f) => f.url === url);
}

/** Reads a pinned file from the local schema folder and checks its sha256 against the lock. */
export function readPinned(entry) {
  return pinned.readPinned(schemasDir(), entry);
}
