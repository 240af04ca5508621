import { parse } from 'yaml';
import { RenderedCluster } from '../lib/rendered';
import { Finding } from '../model/finding';
import { objectId } from '../policy/finding';
import { finding } from './report';

/** The packaged components a rendered K3s config disables, by node: the `disable:` list of hosts/<cluster>/<node>/config.yaml. */
export function disabledComponents(rendered: RenderedCluster): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, content] of rendered.files) {
    const m = /^hosts\/[^/]+\/([^/]+)\/config\.yaml$/.exec(path);
    if (!m) continue;
    const disable = parse(content)?.disable;
    if (Array.isArray(disable) && disable.length > 0) out.set(m[1], disable.map(String));
  }
  return out;
}

/**
 * What the rendered K3s configs take away from what runs: a server config that disables traefik
 * removes the Ingress controller of every Ingress it serves, and one that disables servicelb
 * leaves every LoadBalancer Service without an external address. The host step comes after the
 * takeover, so these do not block the bootstrap; they say what must move first.
 */
export function k3sComponentFindings(rendered: RenderedCluster, liveObjects: readonly any[]): Finding[] {
  const findings: Finding[] = [];
  for (const [node, disabled] of disabledComponents(rendered)) {
    if (disabled.includes('traefik')) {
      const ingresses = liveObjects.filter(
        (o) =>
          o.kind === 'Ingress' &&
          (o.spec?.ingressClassName === 'traefik' || o.metadata.annotations?.['kubernetes.io/ingress.class'] === 'traefik' || !o.spec?.ingressClassName),
      );
      findings.push(
        finding(
          'info',
          'k3s/disable',
          `Node/${node}`,
          `hosts/ config disables traefik${ingresses.length ? `, and Ingresses of class traefik or of no class run: ${ingresses.map(objectId).join(', ')}` : '; no Ingress of class traefik or of no class runs'}`,
          ingresses.length ? 'move these routes to the tunnel (or keep traefik) before the K3s configs are installed' : '',
        ),
      );
    }
    if (disabled.includes('servicelb')) {
      const balanced = liveObjects.filter((o) => o.kind === 'Service' && o.spec?.type === 'LoadBalancer');
      findings.push(
        finding(
          'info',
          'k3s/disable',
          `Node/${node}`,
          `hosts/ config disables servicelb${balanced.length ? `, which gives ${balanced.map(objectId).join(', ')} an external address` : '; no Service of type LoadBalancer uses it'}`,
          balanced.length ? 'move these Services behind the tunnel (or keep servicelb) before the K3s configs are installed' : '',
        ),
      );
    }
  }
  return findings;
}
