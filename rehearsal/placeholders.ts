import { handMadeDevicePlugins } from '../preflight/device-plugin';
import { helmOwnershipError } from '../preflight/helm-ownership';
import { issuerSecrets } from '../preflight/leftovers';
import { pulumiOperatorDeployments, pulumiOperatorReleases } from '../preflight/pulumi-operator';
import { normalizePath } from '../preflight/sync';
import { connectorConfig } from '../preflight/tunnel';
import { CHART_OBJECTS, chartName, releaseName } from './charts';
import { Simulation } from './simulator';
import { Obj } from './world';

type Item = Record<string, string>;

/** A pod spec with a cloudflared connector (`tunnel run`), as preflight reads one. */
const cloudflaredPod = (spec: any, namespace: string) => (spec?.containers ?? []).some((c: any) => connectorConfig(c, namespace) !== undefined);

/**
 * The sets a runbook command may range over, as `<set.field>`: each is what preflight reports (or
 * the operator reads with the command shown beside it), resolved from the cluster as it is when
 * the command runs. A command naming a set runs once per item, and not at all when the set is empty.
 */
export const PLACEHOLDER_SETS: Record<string, (sim: Simulation) => Item[]> = {
  node: (sim) => Object.keys(sim.world.hosts).map((name) => ({ name })),
  agent: (sim) =>
    Object.entries(sim.world.hosts)
      .filter(([, h]) => h.role === 'agent')
      .map(([name]) => ({ name })),
  server: (sim) =>
    Object.entries(sim.world.hosts)
      .filter(([, h]) => h.role === 'server')
      .map(([name]) => ({ name })),
  // Stack objects of the Pulumi Kubernetes Operator, wherever it runs.
  stack: (sim) => sim.list('Stack').map((s) => ({ namespace: s.metadata.namespace!, name: s.metadata.name })),
  // The operator as a HelmRelease of its chart (helm-controller would undo a scale to 0), as preflight finds it.
  'pko-release': (sim) => pulumiOperatorReleases(sim.list('HelmRelease')).map((h) => ({ namespace: h.metadata.namespace, name: h.metadata.name })),
  // Namespaces where Deployments of the operator's image run.
  'pko-namespace': (sim) =>
    [...new Set(pulumiOperatorDeployments(sim.list('Deployment')).map((d) => d.metadata.namespace as string))].map((name) => ({ name })),
  // Pulumi state entries of the objects Flux will own.
  urn: (sim) => sim.world.pulumi.resources.filter((r) => renders(sim, r.kind, r.namespace, r.name)).map((r) => ({ urn: r.urn })),
  // Live objects Flux will own that still carry a Pulumi field manager.
  'pulumi-managed': (sim) =>
    sim.world.objects
      .filter(
        (o) =>
          renders(sim, o.kind, o.metadata.namespace, o.metadata.name) &&
          (o.metadata.managedFields ?? []).some((m) => /^pulumi-kubernetes/.test(m.manager ?? '')),
      )
      .map((o) => ({ kind: o.kind.toLowerCase(), namespace: o.metadata.namespace ?? '', name: o.metadata.name })),
  // Flux Kustomizations this repository does not render, or renders at another path (the old sync).
  'old-kustomization': (sim) => {
    const rendered = new Map(
      sim.rendered.objects
        .filter((o) => o.manifest.kind === 'Kustomization' && o.manifest.apiVersion.startsWith('kustomize.toolkit'))
        .map((o) => [o.manifest.metadata.name, o.manifest]),
    );
    const syncPath = `./flux/${sim.rendered.model.name}`;
    return sim
      .list('Kustomization')
      .filter((k) => (k.metadata.name === 'flux-system' ? normalizePath(k.spec?.path ?? '') !== normalizePath(syncPath) : !rendered.has(k.metadata.name)))
      .map((k) => ({ namespace: k.metadata.namespace!, name: k.metadata.name }));
  },
  // Namespaces holding HelmReleases (`flux suspend --all` works per namespace).
  'helmrelease-namespace': (sim) => [...new Set(sim.list('HelmRelease').map((h) => h.metadata.namespace!))].map((name) => ({ name })),
  'kustomization-namespace': (sim) => [...new Set(sim.list('Kustomization').map((h) => h.metadata.namespace!))].map((name) => ({ name })),
  // Namespaces where External Secrets runs.
  'eso-namespace': (sim) =>
    [
      ...new Set(
        sim
          .list('Deployment')
          .filter((d) => d.metadata.name === 'external-secrets')
          .map((d) => d.metadata.namespace!),
      ),
    ].map((name) => ({ name })),
  // Live Deployments whose immutable spec.selector differs from the rendered one.
  'selector-change': (sim) =>
    sim.rendered.objects
      .filter((o) => o.manifest.kind === 'Deployment')
      .flatMap((o) => {
        const live = sim.get('Deployment', o.manifest.metadata.namespace, o.manifest.metadata.name);
        return live && JSON.stringify(live.spec?.selector) !== JSON.stringify((o.manifest as any).spec?.selector)
          ? [{ namespace: live.metadata.namespace!, name: live.metadata.name }]
          : [];
      }),
  // Chart objects a rendered HelmRelease will own that another Helm release (or nobody) owns today.
  'foreign-chart-object': (sim) =>
    sim.rendered.objects
      .filter((o) => o.manifest.kind === 'HelmRelease')
      .flatMap((o) => {
        const hr = o.manifest as unknown as Obj;
        const release = releaseName(hr);
        const namespace = hr.spec?.targetNamespace ?? hr.metadata.namespace!;
        return (CHART_OBJECTS[chartName(hr)] ?? []).flatMap((c) => {
          const live = sim.get(c.kind, c.clusterScoped ? undefined : namespace, c.name.replace('{release}', release));
          const owner = live?.metadata.annotations?.['meta.helm.sh/release-name'];
          // Step 5 relabels and re-annotates exactly what Helm's ownership check refuses.
          return live && helmOwnershipError(live, release, namespace)
            ? [{ kind: c.kind.toLowerCase(), namespace, name: live.metadata.name, release, old: owner ?? '' }]
            : [];
        });
      }),
  // Helm storage Secrets of a release that another name now takes over.
  'old-release': (sim) => {
    const items = PLACEHOLDER_SETS['foreign-chart-object'](sim);
    return [...new Set(items.filter((i) => i.old).map((i) => `${i.namespace}/${i.old}`))].map((s) => ({ namespace: s.split('/')[0], name: s.split('/')[1] }));
  },
  // Connectors of the old setup: workloads (and orphaned ReplicaSets) running cloudflared that nothing renders.
  'old-connector': (sim) => {
    const items: Item[] = [];
    for (const d of sim.list('Deployment'))
      if (cloudflaredPod(d.spec?.template?.spec, d.metadata.namespace!) && !renders(sim, 'Deployment', d.metadata.namespace, d.metadata.name))
        items.push({ kind: 'deployment', namespace: d.metadata.namespace!, name: d.metadata.name });
    const owners = new Set<string>();
    for (const p of sim.list('Pod')) {
      const rs = p.metadata.ownerReferences?.find((r) => r.kind === 'ReplicaSet')?.name;
      if (!rs || !cloudflaredPod(p.spec, p.metadata.namespace!)) continue;
      const selects = (d: Obj) => Object.entries(d.spec?.selector?.matchLabels ?? { _: '' }).every(([k, v]) => p.metadata.labels?.[k] === v);
      const workload = sim
        .list('Deployment', p.metadata.namespace)
        .find((d) => selects(d) && (rs === `${d.metadata.name}-rehearsal` || rs.startsWith(`${d.metadata.name}-`)));
      if (!workload) owners.add(`${p.metadata.namespace}/${rs}`);
    }
    for (const o of owners) items.push({ kind: 'replicaset', namespace: o.split('/')[0], name: o.split('/')[1] });
    return items;
  },
  // A second NVIDIA device plugin, made by hand beside the rendered one (preflight's gpu/device-plugin).
  'handmade-device-plugin': (sim) =>
    handMadeDevicePlugins(sim.rendered, sim.list('DaemonSet')).map(({ ds }) => ({ namespace: ds.metadata.namespace!, name: ds.metadata.name })),
  // Node labels the model declares that a registered node lacks (K3s applies node-label only at registration).
  'missing-node-label': (sim) =>
    sim.rendered.model.nodes.flatMap((n) => {
      const node = sim.get('Node', undefined, n.name);
      return Object.entries(n.labels)
        .filter(([k, v]) => node && node.metadata.labels?.[k] !== v)
        .map(([k, v]) => ({ node: n.name, label: `${k}=${v}` }));
    }),
  // Taints the model declares that a registered node lacks, and taints on a node the model does not declare.
  'missing-taint': (sim) =>
    sim.rendered.model.nodes.flatMap((n) => {
      const live: any[] = sim.get('Node', undefined, n.name)?.spec?.taints ?? [];
      return n.taints
        .filter((t) => !live.some((l) => l.key === t.key && l.value === t.value && l.effect === t.effect))
        .map((t) => ({ node: n.name, taint: `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}` }));
    }),
  'foreign-taint': (sim) =>
    sim.rendered.model.nodes.flatMap((n) => {
      const live: any[] = sim.get('Node', undefined, n.name)?.spec?.taints ?? [];
      return live
        .filter((l) => !l.key.startsWith('node.kubernetes.io/') && !n.taints.some((t) => l.key === t.key && l.value === t.value && l.effect === t.effect))
        .map((l) => ({ node: n.name, taint: `${l.key}${l.value ? `=${l.value}` : ''}:${l.effect}` }));
    }),
  // The rendered NVIDIA device plugin release.
  'rendered-device-plugin': (sim) =>
    sim.rendered.objects
      .filter((o) => o.manifest.kind === 'HelmRelease' && chartName(o.manifest as unknown as Obj) === 'nvidia-device-plugin')
      .map((o) => ({ namespace: o.manifest.metadata.namespace!, name: o.manifest.metadata.name })),
  // The server, split by whether anything still needs traefik or servicelb.
  'server-without-ingress': (sim) => (needsIngress(sim) ? [] : PLACEHOLDER_SETS.server(sim)),
  'server-with-ingress': (sim) => (needsIngress(sim) ? PLACEHOLDER_SETS.server(sim) : []),
  kustomization: (sim) => sim.list('Kustomization').map((k) => ({ namespace: k.metadata.namespace!, name: k.metadata.name })),
  // The existing Postgres labelStudio.importFrom names: the Secret and key its POSTGRES_PASSWORD comes from.
  'import-source': (sim) => {
    const from = sim.rendered.model.labelStudio.importFrom;
    const service = from && sim.get('Service', from.namespace, from.service);
    if (!from || !service) return [];
    const selects = (w: Obj) => Object.entries(service.spec?.selector ?? { _: '' }).every(([k, v]) => w.spec?.template?.metadata?.labels?.[k] === v);
    const workload = [...sim.list('StatefulSet', from.namespace), ...sim.list('Deployment', from.namespace)].find(selects);
    const ref = (workload?.spec?.template?.spec?.containers ?? []).flatMap((c: any) => c.env ?? []).find((e: any) => e.name === 'POSTGRES_PASSWORD')
      ?.valueFrom?.secretKeyRef;
    return ref ? [{ namespace: from.namespace, secret: ref.name, key: ref.key, esc: from.passwordKey }] : [];
  },
  // The rendered ClusterIssuers, to wait for before the old ones go.
  'rendered-cluster-issuer': (sim) => sim.rendered.objects.filter((o) => o.manifest.kind === 'ClusterIssuer').map((o) => ({ name: o.manifest.metadata.name })),
  // ClusterIssuers left from before that nothing renders and no Certificate names.
  'leftover-cluster-issuer': (sim) =>
    sim
      .list('ClusterIssuer')
      .filter(
        (ci) =>
          !renders(sim, 'ClusterIssuer', undefined, ci.metadata.name) && !sim.list('Certificate').some((c) => c.spec?.issuerRef?.name === ci.metadata.name),
      )
      .map((ci) => ({ name: ci.metadata.name })),
  // Secrets a deleted ClusterIssuer read (its account key, its DNS token) that no other issuer reads.
  'leftover-issuer-secret': (sim) => {
    const read = new Set(
      [
        ...sim.list('ClusterIssuer'),
        ...sim.rendered.objects.filter((o) => o.manifest.kind === 'ClusterIssuer').map((o) => o.manifest as unknown as Obj),
      ].flatMap((issuer) => issuerSecrets(issuer, 'cert-manager').map((s) => s.split('/')[1])),
    );
    return sim.retiredIssuerSecrets
      .filter((s) => !read.has(s.name) && sim.get('Secret', s.namespace, s.name))
      .map((s) => ({ namespace: s.namespace, name: s.name }));
  },
  // Host units of the old setup that a rendered workload replaces (the node tunnel on calypso).
  'host-connector': (sim) =>
    Object.entries(sim.world.hosts).flatMap(([node, h]) =>
      Object.entries(h.units)
        .filter(([, u]) => u.active && u.tunnel)
        .map(([unit]) => ({ node, unit })),
    ),
};

const needsIngress = (sim: Simulation) => sim.list('Ingress').length > 0 || sim.list('Service').some((s) => s.spec?.type === 'LoadBalancer');

/** Whether the synth renders the object, or a rendered ExternalSecret writes it (the Secret of its target). */
function renders(sim: Simulation, kind: string, namespace: string | undefined, name: string): boolean {
  return sim.rendered.objects.some((o) => {
    const m = o.manifest as any;
    if (kind === 'Secret' && m.kind === 'ExternalSecret') return m.metadata.namespace === namespace && (m.spec?.target?.name ?? m.metadata.name) === name;
    return m.kind === kind && (m.metadata.namespace ?? '') === (namespace ?? '') && m.metadata.name === name;
  });
}

/** Expands a command's `<set.field>` placeholders: one command per item of the set it names. */
export function expand(words: readonly string[], sim: Simulation): string[][] {
  const text = words.join('\u0000');
  const names = [...new Set([...text.matchAll(/<([a-z-]+)\.([a-z]+)>/g)].map((m) => m[1]))];
  if (names.length === 0) {
    const bare = text.match(/<[^>\s]+>/);
    if (bare && !/^<(\/|!)/.test(bare[0])) throw new Error(`placeholder ${bare[0]} names no set; write <set.field> with a set of rehearsal/placeholders.ts`);
    return [[...words]];
  }
  // Several sets: every combination (the server's token to each agent).
  let combos: Record<string, Item>[] = [{}];
  for (const name of names) {
    const resolve = PLACEHOLDER_SETS[name];
    if (!resolve) throw new Error(`unknown placeholder set <${name}.…>; known: ${Object.keys(PLACEHOLDER_SETS).join(', ')}`);
    combos = combos.flatMap((c) => resolve(sim).map((item) => ({ ...c, [name]: item })));
  }
  return combos.map((combo) =>
    words.map((w) =>
      w.replace(/<([a-z-]+)\.([a-z]+)>/g, (_, set: string, field: string) => {
        if (combo[set][field] === undefined) throw new Error(`<${set}.${field}>: the set has no field ${field}`);
        return combo[set][field];
      }),
    ),
  );
}
