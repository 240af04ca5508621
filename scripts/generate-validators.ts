import { join, resolve } from 'node:path';
import { clusters } from '../model/clusters';
import { GENERATED_VALIDATORS_DIR, generateValidators, gvkOf } from '../policy/schema';
import { synthesize } from '../synth/run';

// Part of `npm run import`: the committed validators of every kind the clusters render
// (policy/schema.ts GENERATED_VALIDATORS_DIR); kinds added later are compiled at synth.
const root = resolve(__dirname, '..');
const gvks = synthesize(clusters, root).clusters.flatMap((c) => c.objects.map((o) => gvkOf(o.manifest)));
const { written, skipped } = generateValidators(gvks, join(root, GENERATED_VALIDATORS_DIR));
console.error(`${GENERATED_VALIDATORS_DIR}: ${written.length} validators generated`);
for (const [gvk, why] of skipped) console.error(`  skipped ${gvk}: ${why}`);
