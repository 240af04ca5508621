import { Document, isScalar } from 'yaml';
import { SetterMarker } from '../lib/setter-markers';

/**
 * One YAML document for `value`, with each setter marker written as a line comment after its
 * field: the form Flux image automation finds and rewrites.
 */
export function toYamlDocument(value: unknown, markers: readonly SetterMarker[]): string {
  const doc = new Document(value, { keepUndefined: false });
  for (const { path, marker } of markers) {
    const node = doc.getIn(path, true);
    if (!isScalar(node)) throw new Error(`setter marker ${marker}: no scalar field at ${path.join('.')}`);
    node.comment = ` ${marker}`;
  }
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
