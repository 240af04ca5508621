import { RenderedObject } from '../lib/rendered';
import { ClusterIndex, Json, spec } from './cluster-index';
import { Finding, finding } from './finding';
import { secretExists } from './hygiene';
import { containersOf, podTemplates } from './pod-templates';

/** Token formats that are secrets whatever field they sit in. */
const TOKEN_PATTERNS: [string, RegExp][] = [
  ['private key', /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/],
  ['AWS access key id', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['GitHub token', /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/],
  ['Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/],
  ['Stripe secret key', /\b[rs]k_live_[A-Za-z0-9]{20,}\b/],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['Pulumi access token', /\bpul-[a-f0-9]{40}\b/],
  ['JSON web token', /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/],
  ['Cloudflare tunnel token', /\beyJhIjoi[A-Za-z0-9+/=_-]{40,}/],
  ['connection string with a password', /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:[^\s@/'"]+@[^\s'"]+/i],
];
/** Candidates for the entropy test; "/" and "=" split them, so paths and key=value pairs fall apart into words. */
const LONG_TOKEN = /[A-Za-z0-9+_-]{24,}/g;
const ENV_SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$/i;

/** No secret value in the repository: no Secret with data, no literal credential in env, nothing that looks like a token; every ExternalSecret's store rendered. */
export function secretFindings(index: ClusterIndex, files: ReadonlyMap<string, string>, cluster: string): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, obj: RenderedObject, path: string, message: string) => findings.push(finding(rule, 'error', obj, path, message));

  for (const o of index.objects) {
    const m = o.manifest as Json;
    const fix = 'store the value in Pulumi ESC and render a PulumiSecret (ExternalSecret)';
    if (m.kind === 'Secret' && (m.data || m.stringData))
      add('secrets/no-secret-data', o, m.data ? 'data' : 'stringData', `a Secret with values would put them in Git: ${fix}`);
    if (m.kind === 'ExternalSecret') {
      const ref = spec(o.manifest).secretStoreRef as Json;
      const kind = ref.kind === 'ClusterSecretStore' ? ref.kind : 'SecretStore';
      if (!index.get(kind, kind === 'SecretStore' ? o.manifest.metadata.namespace : undefined, ref.name))
        add('secrets/store', o, 'spec.secretStoreRef', `${ref.kind ?? 'SecretStore'} "${ref.name}" is not rendered: point at the Pulumi ESC store`);
    }
    for (const t of podTemplates(o.manifest)) {
      for (const { path, container } of containersOf(t)) {
        (container.env ?? []).forEach((e, i) => {
          const fix = 'read it with valueFrom.secretKeyRef from a PulumiSecret';
          if (e.value && ENV_SECRET_NAME.test(e.name)) add('secrets/env-literal', o, `${path}.env[${i}].value`, `"${e.name}" holds a literal value: ${fix}`);
        });
      }
    }
    // Secrets named by custom resources must be written by an ExternalSecret too.
    const s = spec(o.manifest);
    const needSecret = (path: string, namespace: string | undefined, name: string | undefined) => {
      if (name && !secretExists(index, namespace, name))
        add('secrets/reference', o, path, `Secret "${namespace}/${name}" is not written by any ExternalSecret: add a PulumiSecret for it`);
    };
    if (m.kind === 'Cluster' && m.apiVersion.startsWith('postgresql.cnpg.io/'))
      needSecret('spec.bootstrap.initdb.secret.name', m.metadata.namespace, s.bootstrap?.initdb?.secret?.name);
    if (m.kind === 'ClusterIssuer') {
      ((s.acme?.solvers ?? []) as Json[]).forEach((solver, i) => {
        needSecret(`spec.acme.solvers[${i}].dns01.cloudflare.apiTokenSecretRef.name`, 'cert-manager', solver.dns01?.cloudflare?.apiTokenSecretRef?.name);
      });
    }
  }

  for (const [file, content] of files) findings.push(...literalFindings(file, content, cluster));
  return findings;
}

/**
 * One finding per line and pattern and one per random string, in line order. Each pattern runs
 * once per file, not per line: a file of 10,000 workloads has 1.5 million lines.
 */
function literalFindings(file: string, content: string, cluster: string): Finding[] {
  const hits: { index: number; rank: number; message: string }[] = [];
  TOKEN_PATTERNS.forEach(([what, pattern], rank) => {
    for (const m of content.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      hits.push({ index: m.index, rank, message: `looks like a ${what}: remove it; secrets live in Pulumi ESC and reach the cluster through ExternalSecrets` });
    }
  });
  for (const m of content.matchAll(LONG_TOKEN)) {
    const token = m[0];
    if (!looksRandom(token)) continue;
    const message = `high-entropy string "${token.slice(0, 8)}…" (${token.length} characters) looks like a credential: remove it`;
    hits.push({ index: m.index, rank: TOKEN_PATTERNS.length, message });
  }
  // In file order, each hit's line counted from the previous one's: one pass over the file.
  hits.sort((a, b) => a.index - b.index);
  let line = 1;
  let counted = 0;
  const lined = hits.map((h) => {
    for (let i = content.indexOf('\n', counted); i >= 0 && i < h.index; i = content.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    return { ...h, line };
  });
  const seen = new Set<string>();
  return (
    lined
      .sort((a, b) => a.line - b.line || a.rank - b.rank || a.index - b.index)
      // A pattern is reported once per line, as a test of the line would; random strings each.
      .filter((h) => h.rank === TOKEN_PATTERNS.length || (!seen.has(`${h.line}\u0000${h.rank}`) && !!seen.add(`${h.line}\u0000${h.rank}`)))
      .map((h) => ({ rule: 'secrets/literal', severity: 'error' as const, object: `${file}:${h.line}`, path: '', cluster, message: h.message }))
  );
}

/** Mixed case and digits with high Shannon entropy; hex digests (16 symbols) stay below it. */
function looksRandom(token: string): boolean {
  if (!/[a-z]/.test(token) || !/[A-Z]/.test(token) || !/[0-9]/.test(token)) return false;
  const counts = new Map<string, number>();
  for (const ch of token) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const n of counts.values()) entropy -= (n / token.length) * Math.log2(n / token.length);
  return entropy >= 4.2;
}
