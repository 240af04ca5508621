/** Labels every object carries, and the selector labels of a workload. */
const PART_OF = 'oceanid';

/** The label key that names the larger application an object belongs to (also Flux's own objects carry it). */
export const PART_OF_LABEL = 'app.kubernetes.io/part-of';

/** The labels every object of this project carries. */
export function partOfLabels(): Record<string, string> {
  return { [PART_OF_LABEL]: PART_OF };
}

export function selectorLabels(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name };
}

export function workloadLabels(name: string, component?: string): Record<string, string> {
  return {
    ...selectorLabels(name),
    ...(component ? { 'app.kubernetes.io/component': component } : {}),
    ...partOfLabels(),
  };
}
