import { ModelSource } from './load';
import { production } from './production';

/**
 * Every cluster this repository renders, in output order: only the cluster that exists. The
 * multi-cluster code paths are exercised by a second, test-only model under test/.
 */
export const clusters: readonly ModelSource[] = [production];
