/** One bad field of a cluster model, as the operator reads it. */
export interface ModelFinding {
  /** Dotted path of the field, e.g. `nodes[2].taints[0].effect`. */
  readonly path: string;
  readonly message: string;
}
