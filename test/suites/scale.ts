import { ClusterIndex } from '../../policy/cluster-index';
import { fluxGraphFindings } from '../../policy/flux-graph';
import { gpuFindings } from '../../policy/gpu';
import { hygieneFindings } from '../../policy/hygiene';
import { LabelledIndex, selects } from '../../policy/label-index';
import { validateCluster } from '../../policy';
import { podSecurityFindings } from '../../policy/pod-security';
import { validateSchemas } from '../../policy/schema';
import { secretFindings } from '../../policy/secrets';
import { addSyntheticWorkloads } from '../../scripts/synthetic-workloads';
import { renderCluster, RenderedCluster, RenderedObject } from '../../synth/render';
import { productionModel } from '../helpers';

/**
 * The shape of the policy pass: how many object fields each rule reads grows linearly with the
 * number of workloads, so a rule that scans every object per object (quadratic) fails here long
 * before it shows in a benchmark. Reads are counted through proxies around the rendered objects,
 * so the rules run unchanged; no time is measured.
 */

/** A rendered cluster whose objects count every property read, at any depth of the object. */
function counted(cluster: RenderedCluster): { cluster: RenderedCluster; reads: () => number; reset: () => void } {
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = <T>(value: T): T => {
    if (typeof value !== 'object' || value === null) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          reads++;
          const v = Reflect.get(target, key, receiver);
          // The construct is read as it is: rules ask what it sits inside, not about objects.
          return key === 'source' ? v : wrap(v);
        },
      });
      proxies.set(value, proxy);
    }
    return proxy as T;
  };
  const objects = cluster.objects.map((o) => wrap<RenderedObject>(o));
  return { cluster: { ...cluster, objects }, reads: () => reads, reset: () => (reads = 0) };
}

/** Each pass of the gate, run alone on a cluster (the index is built before counting starts). */
const passes: Record<string, (cluster: RenderedCluster, index: () => ClusterIndex) => unknown> = {
  'cluster index': (c) => new ClusterIndex(c.objects),
  'schema validation': (c) => validateSchemas(c.objects.map((o) => o.manifest)),
  'pod-security rules': (c) => podSecurityFindings(c.objects),
  'hygiene rules': (_c, index) => hygieneFindings(index()),
  'flux graph rules': (c, index) => fluxGraphFindings(index(), c.files),
  'gpu rules': (c) => gpuFindings(c.objects, c.model),
  'secret rules': (c, index) => secretFindings(index(), c.files, c.model.name),
  'the whole gate': (c) => validateCluster(c),
};

const SIZES = [20, 40, 80];

describe('the policy pass grows linearly with the number of workloads', () => {
  const model = productionModel();
  const clusters = SIZES.map((n) => renderCluster(model, { extend: (cluster) => addSyntheticWorkloads(cluster, n) }));

  it('renders synthetic models that pass the gate', () => {
    for (const cluster of clusters) expect(validateCluster(cluster).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(Object.keys(passes))('%s: doubling the workloads at most doubles the extra reads', (name) => {
    const reads = clusters.map((cluster) => {
      const c = counted(cluster);
      let index: ClusterIndex | undefined;
      const built = () => (index ??= new ClusterIndex(c.cluster.objects));
      built();
      c.reset();
      passes[name](c.cluster, built);
      return c.reads();
    });
    // reads = a + b·n gives equal steps per doubling (x2); a quadratic term doubles the ratio (x4).
    const [small, medium, large] = reads;
    expect(medium).toBeGreaterThan(small);
    expect((large - medium) / (medium - small)).toBeLessThanOrEqual(2.25);
  });
});

describe('label look-ups select exactly what `selects` selects', () => {
  const pods: [string, Record<string, string>][] = [
    ['a', { app: 'web', tier: 'front' }],
    ['b', { app: 'web', tier: 'back' }],
    ['c', { app: 'db' }],
    ['d', {}],
  ];
  const selectors: Record<string, string>[] = [{ app: 'web' }, { tier: 'back', app: 'web' }, { app: 'web', tier: 'none' }, { app: 'db' }, {}, { other: 'x' }];

  it('finds the pods a selector selects, in their namespace only', () => {
    const index = new LabelledIndex<string>();
    for (const [name, labels] of pods) index.add('ns', labels, name);
    index.add('elsewhere', { app: 'web' }, 'e');
    for (const selector of selectors) {
      expect(index.selectedBy('ns', selector)).toEqual(pods.filter(([, labels]) => selects(selector, labels)).map(([name]) => name));
    }
    expect(index.selectedBy('elsewhere', { app: 'web' })).toEqual(['e']);
    expect(index.selectedBy('ns', undefined)).toEqual([]);
  });
});

describe('the secret scan of written files', () => {
  it('reports each pattern once per line and each random string, with its line, in line order', () => {
    const token = (last: string) => `ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R${last}`;
    const content = ['# header', `token: ${token('8')} ${token('9')}`, 'url: postgres://u:pw@db:5432/x', 'key: q8Xf2LrT9vKw3ZpN7mYc1HsB4dGj6QaE0uVi', ''].join(
      '\n',
    );
    const found = secretFindings(new ClusterIndex([]), new Map([['dist/c/apps/x.yaml', content]]), 'c').map((f) => `${f.object} ${f.message.split(':')[0]}`);
    expect(found).toEqual([
      'dist/c/apps/x.yaml:2 looks like a GitHub token',
      'dist/c/apps/x.yaml:2 high-entropy string "ghp_a1B2…" (40 characters) looks like a credential',
      'dist/c/apps/x.yaml:2 high-entropy string "ghp_a1B2…" (40 characters) looks like a credential',
      'dist/c/apps/x.yaml:3 looks like a connection string with a password',
      'dist/c/apps/x.yaml:4 high-entropy string "q8Xf2LrT…" (36 characters) looks like a credential',
    ]);
  });
});
