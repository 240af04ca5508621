import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCommonJs } from './code-cache.cjs';

/** sha256 of `data` as hex. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A validator module's JavaScript and the sha256 of exactly those bytes. */
export interface ValidatorSource {
  readonly source: string;
  readonly sha256: string;
}

const SEAL = /^\/\/ oceanid-sealed sha256=([0-9a-f]{64}) mac=([0-9a-f]{64})\n/;
const RESULT_ENTRY = /^[0-9a-f]{64}$/;
/** Results files (one per rule key) kept in the cache folder. */
const RESULT_FILES_KEPT = 4;

/**
 * The schema gate's cache folder (node_modules/.cache/oceanid-validators): compiled validator
 * modules, V8 code caches and the list of verdicts already reached. Every file in it is sealed with
 * an HMAC under a random key this checkout made (the `key` file, mode 0600), over the content hash
 * of what the file was made from, so a file the gate did not write itself (replaced, forged, copied
 * from elsewhere, truncated) is discarded with a one-line warning and rebuilt, never used. A
 * cache that cannot be written only costs speed.
 */
export class ValidatorCache {
  /** The cache in `dir`. */
  static open(dir: string): ValidatorCache {
    return new ValidatorCache(dir);
  }

  /** No cache: nothing is read or written (validation from scratch). */
  static none(): ValidatorCache {
    return new ValidatorCache(undefined);
  }

  /** One line per discarded file: the file, why, and that it was rebuilt. */
  readonly warnings: string[] = [];
  private keyBytes: Buffer | undefined;

  private constructor(readonly dir: string | undefined) {}

  /** Whether this cache reads and writes anything. */
  get enabled(): boolean {
    return this.dir !== undefined;
  }

  /** HMAC-SHA256 of the parts under this checkout's key. */
  mac(...parts: string[]): string {
    return createHmac('sha256', this.key()).update(parts.join('\0')).digest('hex');
  }

  /** The verdict entries of results file `name`; empty when absent, discarded when not a list of entries. */
  readResults(name: string): Set<string> {
    const file = this.path(name);
    const text = file && readOrUndefined(file);
    if (!file || text === undefined) return new Set();
    let entries: unknown;
    try {
      entries = (JSON.parse(text.toString('utf8')) as { entries?: unknown }).entries;
    } catch (error) {
      this.discard(file, `not valid JSON (${(error as Error).message})`);
      return new Set();
    }
    if (!Array.isArray(entries) || !entries.every((e) => typeof e === 'string' && RESULT_ENTRY.test(e))) {
      this.discard(file, 'not a list of verdict entries');
      return new Set();
    }
    return new Set(entries as string[]);
  }

  /**
   * Writes the verdict entries of results file `name`. Results files of other rule keys (other code:
   * an earlier bundle, or Jest running the sources) are kept up to RESULT_FILES_KEPT, newest first,
   * so alternating between them does not validate everything each time, and old ones do not pile up.
   */
  writeResults(name: string, entries: Iterable<string>): void {
    const file = this.path(name);
    if (!file) return;
    this.write(file, JSON.stringify({ entries: [...entries].sort() }));
    const others = readdirOrEmpty(this.dir!)
      .filter((f) => f !== name && /^results-[0-9a-f]+\.json$/.test(f))
      .map((f) => ({ f, at: mtimeOrZero(join(this.dir!, f)) }))
      .sort((a, b) => b.at - a.at);
    for (const { f } of others.slice(RESULT_FILES_KEPT - 1)) rmSync(join(this.dir!, f), { force: true });
  }

  /** A sealed validator module; undefined when absent, or discarded when its bytes are not the ones sealed. */
  readModule(name: string): ValidatorSource | undefined {
    const file = this.path(name);
    const text = file && readOrUndefined(file)?.toString('utf8');
    if (!file || text === undefined) return undefined;
    const seal = SEAL.exec(text);
    const source = seal ? text.slice(seal[0].length) : '';
    if (!seal || !this.sameMac(seal[2], this.mac('module', name, seal[1])) || sha256(source) !== seal[1]) {
      this.discard(file, 'does not match the hash recorded when it was compiled');
      return undefined;
    }
    return { source, sha256: seal[1] };
  }

  /** Seals and writes a compiled validator module; returns its source and hash. */
  writeModule(name: string, source: string): ValidatorSource {
    const sum = sha256(source);
    const file = this.path(name);
    if (file) this.write(file, `// oceanid-sealed sha256=${sum} mac=${this.mac('module', name, sum)}\n${source}`);
    return { source, sha256: sum };
  }

  /**
   * Runs a CommonJS module's source with V8's code cache. V8 accepts cached code for any source of
   * the same length, so the cache file is named by, and sealed with, the sha256 of the exact
   * source; a cache made from other bytes is discarded. `save` writes the cache after the module
   * ran, so it holds the functions validation actually compiled.
   */
  runModule(file: string, code: ValidatorSource, cacheName: string): { exports: unknown; save: () => void } {
    const cacheFile = this.path(`${cacheName}-${code.sha256.slice(0, 16)}.v8cache`);
    const cachedData = cacheFile ? this.readCodeCache(cacheFile, code.sha256) : undefined;
    const run = runCommonJs(code.source, file, cachedData);
    let saved = !cacheFile || run.cachedDataUsed;
    const save = () => {
      if (saved) return;
      saved = true;
      const data = run.createCachedData();
      this.write(cacheFile!, Buffer.concat([Buffer.from(code.sha256, 'hex'), Buffer.from(this.mac('v8', code.sha256, sha256(data)), 'hex'), data]));
    };
    return { exports: run.module.exports, save };
  }

  private readCodeCache(file: string, sourceSha: string): Buffer | undefined {
    const bytes = readOrUndefined(file);
    if (bytes === undefined) return undefined;
    const data = bytes.subarray(64);
    const madeFrom = bytes.subarray(0, 32).toString('hex');
    if (bytes.length <= 64 || madeFrom !== sourceSha || !this.sameMac(bytes.subarray(32, 64).toString('hex'), this.mac('v8', sourceSha, sha256(data)))) {
      this.discard(file, "is not a V8 code cache this gate made from the validator's exact source");
      return undefined;
    }
    return data;
  }

  private path(name: string): string | undefined {
    return this.dir && join(this.dir, name);
  }

  private sameMac(a: string, b: string): boolean {
    return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  }

  private discard(file: string, why: string): void {
    this.warnings.push(`${file}: ${why}; discarded and rebuilt`);
    try {
      unlinkSync(file);
    } catch {
      // Already gone (another run discarded it), or read-only: it is not used either way.
    }
  }

  /** Written to a temporary name and renamed, so a concurrent run never reads a half-written file. */
  private write(file: string, data: string | Buffer): void {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, data);
      renameSync(tmp, file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /**
   * This checkout's key: 32 random bytes, created once (linked into place, so two runs that start
   * together agree on one key). A key of any other size is replaced, which discards every sealed file.
   */
  private key(): Buffer {
    if (this.keyBytes) return this.keyBytes;
    if (!this.dir) throw new Error('a disabled cache has no key');
    const file = join(this.dir, 'key');
    let key = readOrUndefined(file);
    if (key !== undefined && key.length !== 32) {
      this.discard(file, `is ${key.length} bytes, not a 32-byte key (every sealed file made with it is discarded too)`);
      key = undefined;
    }
    if (key === undefined) {
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(this.dir, { recursive: true });
        writeFileSync(tmp, randomBytes(32), { mode: 0o600 });
        linkSync(tmp, file);
      } catch {
        // Another run linked its key first (read below), or the folder is read-only.
      } finally {
        rmSync(tmp, { force: true });
      }
      key = readOrUndefined(file);
      // A read-only folder: a key for this run only, so nothing it finds there verifies.
      if (key === undefined || key.length !== 32) key = randomBytes(32);
    }
    this.keyBytes = key;
    return key;
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function mtimeOrZero(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
