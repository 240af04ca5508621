import { identity } from '../policy/cluster-index';
import { objectId } from '../policy/finding';
import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { publicHostname } from '../model/hostname';
import { lastKustomization, readyAfter } from './kustomizations';
import { finding, retire } from './report';

/** Label Studio's image (heartexlabs/label-studio, or HumanSignal's), whatever the registry. */
const LABEL_STUDIO_IMAGE = /(^|\/)label-studio(:|@|$)/;
const POSTGRES_IMAGE = /(^|\/)(postgres|postgresql)(:|@|$)/;

const images = (w: any): string[] => (w.spec?.template?.spec?.containers ?? []).map((c: any) => String(c.image ?? '').split('@')[0]);

/** The live Label Studio workloads this repository does not render. */
export function liveLabelStudios(rendered: RenderedCluster, workloads: readonly any[]): any[] {
  const renderedIds = new Set(rendered.objects.map((o) => identity(o.manifest)));
  return workloads.filter(
    (w) => ['Deployment', 'StatefulSet'].includes(w.kind) && !renderedIds.has(identity(w)) && images(w).some((i) => LABEL_STUDIO_IMAGE.test(i)),
  );
}

/** `name (5Gi, Bound)`; a PVC that is not live is named as missing. */
function describePvc(pvcs: readonly any[], namespace: string, name: string): { text: string; bound: boolean } {
  const pvc = pvcs.find((p) => p.metadata.namespace === namespace && p.metadata.name === name);
  if (!pvc) return { text: `${name} (not found)`, bound: false };
  const phase = pvc.status?.phase ?? 'Pending';
  return { text: `${name} (${pvc.status?.capacity?.storage ?? pvc.spec?.resources?.requests?.storage ?? '?'}, ${phase})`, bound: phase === 'Bound' };
}

/**
 * An existing Label Studio and its data: where it runs, the PVCs it mounts, and its database (the
 * POSTGRE_* environment it reads, a Postgres StatefulSet of its namespace with its PVCs). The
 * rendered CloudNativePG database starts empty, so data that exists is imported
 * (`bootstrap.initdb.import`) before label.<base> moves; the old one keeps serving until then.
 */
export function labelStudioFindings(rendered: RenderedCluster, workloads: readonly any[], pvcs: readonly any[]): Finding[] {
  const target = rendered.objects.find((o) => o.manifest.kind === 'Deployment' && images(o.manifest).some((i) => LABEL_STUDIO_IMAGE.test(i)));
  const database = rendered.objects.find((o) => o.manifest.kind === 'Cluster' && o.manifest.apiVersion.startsWith('postgresql.cnpg.io/'));
  const after = readyAfter(rendered, (o) => o === target || o === database) ?? lastKustomization(rendered);
  const live = liveLabelStudios(rendered, workloads);
  if (live.length === 0)
    return [
      finding(
        'info',
        'label-studio/data',
        target ? objectId(target.manifest) : 'cluster',
        'no Label Studio runs in the cluster besides the rendered one: nothing to import, the rendered database starts empty',
      ),
    ];
  return live.map((w) => {
    const ns = w.metadata.namespace;
    const spec = w.spec?.template?.spec ?? {};
    const env = new Map<string, any>((spec.containers ?? []).flatMap((c: any) => (c.env ?? []).map((e: any) => [e.name, e])));
    const media = (spec.volumes ?? []).filter((v: any) => v.persistentVolumeClaim).map((v: any) => describePvc(pvcs, ns, v.persistentVolumeClaim.claimName));
    const host: string | undefined = env.get('POSTGRE_HOST')?.value;
    const dbWorkloads = workloads.filter((x) => x.kind === 'StatefulSet' && x.metadata.namespace === ns && images(x).some((i) => POSTGRES_IMAGE.test(i)));
    const dbPvcs = dbWorkloads.flatMap((s) =>
      (s.spec?.volumeClaimTemplates ?? []).flatMap((t: any) =>
        Array.from({ length: s.spec?.replicas ?? 1 }, (_, i) => describePvc(pvcs, ns, `${t.metadata.name}-${s.metadata.name}-${i}`)),
      ),
    );
    const dbName = env.get('POSTGRE_NAME')?.value;
    const dbWhere = dbWorkloads.length
      ? ` (${dbWorkloads.map(objectId).join(', ')}${dbPvcs.length ? `, data ${dbPvcs.map((p) => p.text).join(', ')}` : ''})`
      : host?.includes('.')
        ? ' (outside this namespace)'
        : '';
    const db =
      env.get('DJANGO_DB')?.value === 'default' || host
        ? `Postgres at ${host ?? 'an unnamed host'}${dbName ? `, database ${dbName}` : ''}${dbWhere}`
        : 'SQLite on its media volume';
    const hasData = [...media, ...dbPvcs].some((p) => p.bound) || !!host;
    const found = `Label Studio runs in namespace ${ns} (${images(w).find((i) => LABEL_STUDIO_IMAGE.test(i))}), media ${media.map((p: any) => p.text).join(', ') || 'on no PVC'}, database ${db}${hasData ? ': its data exists, and the rendered database starts empty' : ''}`;
    const todo = hasData
      ? `keep it serving, and keep its PVCs and database (never delete namespace ${ns}); import its database into ${database ? objectId(database.manifest) : 'the rendered database'} (CloudNativePG bootstrap.initdb.import from ${host ?? 'its Postgres'}) and copy its media before ${rendered.model.labelStudio ? publicHostname(rendered.model, rendered.model.labelStudio.hostname) : 'its public hostname'} moves to ${target ? objectId(target.manifest) : 'the rendered Label Studio'}; retire it only after that`
      : `nothing to import; retire it once ${target ? objectId(target.manifest) : 'the rendered Label Studio'} serves`;
    return retire(after, 'label-studio/data', objectId(w), found, todo);
  });
}
