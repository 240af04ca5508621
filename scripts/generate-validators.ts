import { join, resolve } from 'node:path';
import { clusters } from '../model/clusters';
import { GENERATED_VALIDATORS_DIR, generateValidators, gvkOf } from '../policy/schema';
import { synthesize } from '../synth/run';

/**
 * Part of `npm run import`: generates the schema validators of every kind the clusters render
 * into imports/validators (committed), so a synth on a fresh checkout loads them instead of
 * compiling megabytes of CRD schemas. Kinds added later are compiled on first use and cached.
 */
const root = resolve(__dirname, '..');
const gvks = synthesize(clusters, root).clusters.flatMap((c) => c.objects.map((o) => gvkOf(o.manifest)));
const { written, skipped } = generateValidators(gvks, join(root, GENERATED_VALIDATORS_DIR));
console.error(`${GENERATED_VALIDATORS_DIR}: ${written.length} validators generated`);
for (const [gvk, why] of skipped) console.error(`  skipped ${gvk}: ${why}`);
