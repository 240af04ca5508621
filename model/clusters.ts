import { ModelSource } from './load';
import { production } from './production';
import { staging } from './staging';

/** Every cluster this repository renders, in output order. */
export const clusters: readonly ModelSource[] = [production, staging];
