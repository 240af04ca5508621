import { join, resolve } from 'node:path';
import { clusters } from '../model/clusters';
import { loadClusterModels } from '../model/load';
import { GENERATED_VALIDATORS_DIR, generateValidators, gvkOf } from '../policy/schema';
import { renderCluster } from '../synth/render';

// Part of `npm run import`: the committed validators of every kind the clusters render
// (policy/schema.ts GENERATED_VALIDATORS_DIR); kinds added later are compiled at synth. Rendered
// without the policy pass, which would compile each kind first in object order and so number
// the generated functions differently from a run with validators already present.
const root = resolve(__dirname, '..');
const gvks = loadClusterModels(clusters, root).flatMap((model) => renderCluster(model).objects.map((o) => gvkOf(o.manifest)));
const { written, skipped } = generateValidators(gvks, join(root, GENERATED_VALIDATORS_DIR));
console.error(`${GENERATED_VALIDATORS_DIR}: ${written.length} validators generated`);
for (const [gvk, why] of skipped) console.error(`  skipped ${gvk}: ${why}`);
