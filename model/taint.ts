/**
 * A node taint as kubectl, kubelet's `--register-with-taints` and K3s's `node-taint` write it:
 * `key=value:Effect`, or `key:Effect` when the value is empty (k8s.io/api core/v1 Taint.ToString).
 */
export function taintString(taint: { readonly key: string; readonly value?: string; readonly effect: string }): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}
