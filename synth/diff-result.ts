// What `npm run diff` finds: the data `diffTrees` returns and `formatDiff` prints.

/** Identity of one Kubernetes object as the diff sees it. */
export interface ObjectRef {
  readonly apiVersion: string;
  /** API group: the part of apiVersion before the slash, "" for the core group. */
  readonly group: string;
  readonly kind: string;
  readonly namespace?: string;
  /** metadata.name; undefined for objects without one (kustomization.yaml), which are known by their file. */
  readonly name?: string;
  /** Repository-relative file the object is in (on the side it was read from). */
  readonly file: string;
}

/** One field of a changed object. `before`/`after` are undefined when the field is absent on that side. */
export interface FieldChange {
  /** e.g. `spec.template.spec.containers[name=cloudflared].image`, `metadata.labels["app.kubernetes.io/name"]`. */
  readonly path: string;
  /**
   * `value`: the field's value; `order`: a list keyed by name holds the same names in another order
   * (before/after are the name lists); `comment`: the line comment after the field, e.g. a Flux
   * `$imagepolicy` setter marker.
   */
  readonly aspect: 'value' | 'order' | 'comment';
  readonly before: unknown;
  readonly after: unknown;
}

export interface ObjectChange {
  /** The object as it will be (file of the fresh synth). */
  readonly ref: ObjectRef;
  readonly fields: readonly FieldChange[];
}

/** A file-level change that the object diff does not show on its own. */
export interface FileChange {
  readonly path: string;
  readonly status: 'added' | 'removed' | 'changed';
  /**
   * `not-objects`: the file (on at least one side) is not YAML Kubernetes objects;
   * `text-only`: same objects, different text (comments, formatting);
   * `moved`: no object changed, but objects moved between files or were reordered.
   */
  readonly reason: 'not-objects' | 'text-only' | 'moved';
  /** File contents; undefined on the side where the file does not exist. */
  readonly before?: string;
  readonly after?: string;
}

/** The changes of one Flux Kustomization (one folder of dist/ or flux/<cluster>/oceanid/). */
export interface KustomizationDiff {
  /** `<cluster>/<layer>`, or `<cluster>/flux-system` for flux/<cluster>/oceanid. */
  readonly name: string;
  /** Repository-relative folder, e.g. `dist/production/apps`. */
  readonly folder: string;
  readonly added: readonly ObjectRef[];
  readonly removed: readonly ObjectRef[];
  readonly changed: readonly ObjectChange[];
  readonly files: readonly FileChange[];
}

/** Objects removed from one namespace and added, under the same kind and name, in another. */
export interface NamespaceMove {
  readonly from: string;
  readonly to: string;
  readonly objects: number;
}

/** Objects removed from one Kustomization and added, under the same identity, to another. */
export interface KustomizationMove {
  readonly from: string;
  readonly to: string;
  readonly objects: number;
}

export interface DiffResult {
  /** Only the Kustomizations with a change, clusters alphabetically, flux-system first, then the components by name. */
  readonly kustomizations: readonly KustomizationDiff[];
  readonly namespaceMoves: readonly NamespaceMove[];
  readonly kustomizationMoves: readonly KustomizationMove[];
  /** True when `npm run synth` would change anything. */
  readonly changed: boolean;
}
