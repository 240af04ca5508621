import { FLUX_BOOTSTRAP_SECRET, FLUX_NAMESPACE } from '../model/flux';
import { ClusterModel } from '../model/schema';
import { RenderedCluster } from '../lib/rendered';
import { Kubectl, KubectlError, TIMEOUTS } from './kubectl';
import { Finding } from '../model/finding';
import { finding } from './report';

/** A go-template that prints a Secret's key names, one a line, and never a value. */
const KEY_NAMES_TEMPLATE = '{{range $k, $v := .data}}{{$k}}{{"\\n"}}{{end}}';

/** The key names of a Secret (never its values), or undefined when the Secret does not exist. */
export function secretKeyNames(kubectl: Kubectl, namespace: string, name: string): string[] | undefined {
  const args = ['get', 'secret', name, '-n', namespace, '-o', `go-template=${KEY_NAMES_TEMPLATE}`];
  const result = kubectl.run(args, { timeoutMs: TIMEOUTS.read });
  if (result.code === 0) return result.stdout.split('\n').filter((k) => k.length > 0);
  if (/\(NotFound\)/.test(result.stderr)) return undefined;
  // Nothing kubectl printed about a Secret is echoed (a template error could quote the object).
  const why = result.timedOut
    ? 'timed out'
    : result.missing
      ? 'kubectl not found'
      : /\(Forbidden\)/.test(result.stderr)
        ? 'forbidden: the kubeconfig user may not read Secrets there'
        : `exit ${result.code}`;
  throw new KubectlError(`kubectl get secret ${name} -n ${namespace}: ${why}`);
}

/** Keys source-controller reads from an SSH Git credential Secret (`flux bootstrap` writes them). */
const SSH_KEYS = ['identity', 'known_hosts'];

/**
 * Secrets: the Git credential Secret of every rendered GitRepository, and the one hand-made
 * bootstrap Secret (model.secrets.bootstrapToken) with the key the model names. Only key names
 * are read.
 */
export function secretFindings(model: ClusterModel, rendered: RenderedCluster, kubectl: Kubectl): Finding[] {
  const findings: Finding[] = [];
  for (const o of rendered.objects.filter((x) => x.manifest.kind === 'GitRepository')) {
    const spec = (o.manifest as any).spec ?? {};
    const name: string | undefined = spec.secretRef?.name;
    const namespace = o.manifest.metadata.namespace!;
    // The bootstrap's own deploy-key Secret is the deploy-key check's (sync.ts): bootstrap makes it.
    if (!name || (namespace === FLUX_NAMESPACE && name === FLUX_BOOTSTRAP_SECRET)) continue;
    const object = `Secret/${namespace}/${name}`;
    const keys = secretKeyNames(kubectl, namespace, name);
    const required = String(spec.url).startsWith('ssh://') ? SSH_KEYS : [];
    if (!keys) {
      findings.push(
        finding(
          'error',
          'flux/git-secret',
          object,
          `the Git credential Secret of GitRepository/${namespace}/${o.manifest.metadata.name} does not exist`,
          'run flux bootstrap (it creates the deploy key Secret), or set repository.secretName in the model to the Secret that holds it',
        ),
      );
    } else if (required.some((k) => !keys.includes(k))) {
      findings.push(
        finding(
          'error',
          'flux/git-secret',
          object,
          `has keys ${keys.join(', ') || 'none'}; an SSH Git credential needs ${required.join(' and ')}`,
          'recreate it with flux create secret git (or flux bootstrap)',
        ),
      );
    } else {
      findings.push(finding('info', 'flux/git-secret', object, `exists with keys ${keys.join(', ')}`));
    }
  }

  const token = model.secrets.bootstrapToken;
  const object = `Secret/${token.namespace}/${token.name}`;
  const keys = secretKeyNames(kubectl, token.namespace, token.name);
  const create = `create it as the README's Secrets section says, in its namespace (kubectl create namespace ${token.namespace} if it does not exist yet): kubectl -n ${token.namespace} create secret generic ${token.name} --from-file=${token.key}=token.txt`;
  if (!keys)
    findings.push(
      finding(
        'error',
        'secrets/bootstrap',
        object,
        'the bootstrap Secret ESO authenticates to Pulumi ESC with does not exist: no ExternalSecret would sync, and the Kustomizations that apply them would not become Ready',
        create,
      ),
    );
  else if (!keys.includes(token.key))
    findings.push(finding('error', 'secrets/bootstrap', object, `has no key "${token.key}" (keys: ${keys.join(', ') || 'none'})`, create));
  else findings.push(finding('info', 'secrets/bootstrap', object, `exists with key "${token.key}"`));
  return findings;
}
