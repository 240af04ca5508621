/** The folder holding the pinned schema files: OCEANID_SCHEMAS, else ../shared/schemas, relative to `root`. */
export function schemasDir(root: string): string;
/** The text of a pinned file below `dir`, after checking its sha256 against the lock entry. */
export function readPinned(dir: string, entry: { readonly path: string; readonly sha256: string }): string;
