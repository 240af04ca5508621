/** The module a CommonJS source ran as, and its compiled code for the cache. */
export interface CommonJsRun {
  readonly module: { readonly exports: unknown };
  /** V8 accepted the cached data it was given. */
  readonly cachedDataUsed: boolean;
  /** V8's compiled code for the source, including the functions compiled while it ran. */
  createCachedData(): Buffer;
}

/** Compiles (with `cachedData` when given) and runs `source` as the module `filename`. */
export function runCommonJs(source: string, filename: string, cachedData: Buffer | undefined): CommonJsRun;
