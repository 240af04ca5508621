import { applyOrder as kustomizationApplyOrder } from '../lib/kustomization-dependencies';
import { RenderedCluster, RenderedObject } from '../lib/rendered';
import { FLUX_BOOTSTRAP_KUSTOMIZATION } from '../model/flux';

/**
 * The Kustomizations this repository renders, read from its flux/ objects, in the order Flux
 * makes them Ready: the bootstrap's own first, then each one after everything it `dependsOn`.
 */
export function applyOrder(rendered: RenderedCluster): string[] {
  const order = kustomizationApplyOrder(rendered.objects, FLUX_BOOTSTRAP_KUSTOMIZATION);
  // Objects of a Kustomization that flux/ does not render (none today) still get a place, last.
  for (const o of rendered.objects) if (!order.includes(o.kustomization)) order.push(o.kustomization);
  return order;
}

/**
 * The Kustomization whose Ready means the objects `match` selects are all applied and healthy:
 * the last, in apply order, of those that apply one of them. Undefined when none matches.
 */
export function readyAfter(rendered: RenderedCluster, match: (o: RenderedObject) => boolean): string | undefined {
  const order = applyOrder(rendered);
  const applying = rendered.objects.filter(match).map((o) => o.kustomization);
  return applying.sort((a, b) => order.indexOf(a) - order.indexOf(b)).pop();
}

/** The last Kustomization in apply order: once it is Ready, everything rendered is. */
export function lastKustomization(rendered: RenderedCluster): string {
  const order = applyOrder(rendered);
  return order[order.length - 1];
}
