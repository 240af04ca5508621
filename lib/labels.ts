/** Labels every object carries, and the selector labels of a workload. */
export const PART_OF = 'oceanid';

export function selectorLabels(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name };
}

export function workloadLabels(name: string, component?: string): Record<string, string> {
  return {
    ...selectorLabels(name),
    ...(component ? { 'app.kubernetes.io/component': component } : {}),
    'app.kubernetes.io/part-of': PART_OF,
  };
}
