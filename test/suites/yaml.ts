import { parse, parseDocument } from 'yaml';
import { toYamlDocument } from '../../lib/yaml';
import { synthesizedClusters } from '../helpers';

const tricky = [
  '',
  ' ',
  'a ',
  ' a',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'true',
  'False',
  'null',
  '~',
  'NULL',
  '1',
  '17.5',
  '0.19.3',
  '2024.12.0',
  '1e3',
  '.5',
  '-1',
  '+1',
  '0x1F',
  '0o17',
  '012',
  '1:20',
  '.inf',
  '-.inf',
  '.NaN',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  'a: b',
  'a #b',
  'a#b',
  'key:',
  ':a',
  '-a',
  '- a',
  '?a',
  '[a]',
  '{a}',
  '&a',
  '*a',
  '!a',
  '|a',
  '>a',
  "'a'",
  '"a"',
  '%a',
  '@a',
  '`a',
  'http://x.y:8080/p?q=1&r=2',
  'docker.io/cloudflare/cloudflared:2024.12.0',
  '{{ .password }}',
  'a\tb',
  'line1\nline2',
  'line1\nline2\n',
  'line1\n\nline3\n',
  'two trailing\n\n',
  '\nleading newline',
  '  indented first\nsecond\n',
  'trailing space \nx\n',
  'unicode é ✓',
  'emoji 🚀',
  '\u0000nul',
  'cr\r\nlf',
  '/*\n!/dist/production/\n',
  '^\\d{4}\\.\\d{1,2}\\.\\d+$',
  '>=2025.1.0',
  '$HOME',
  '100%',
  'a,b',
  '(x)',
  '<none>',
];

describe('the YAML emitter', () => {
  it.each(tricky.map((s) => [JSON.stringify(s), s]))('round-trips the string %s as a value and as a key', (_label, s) => {
    const value = { k: s, list: [s, { [s || 'empty']: s }], [s || 'empty']: 1 };
    expect(parse(toYamlDocument(value), { version: '1.1' })).toEqual(value);
    expect(parse(toYamlDocument(value), { version: '1.2' })).toEqual(value);
  });

  it('writes numbers, booleans, null, empty collections and nesting', () => {
    const value = { a: 1, b: -2.5, c: true, d: false, e: null, f: {}, g: [], h: [[1, 2], [], {}], i: [{ x: { y: [{ z: 1 }] } }] };
    const text = toYamlDocument(value);
    expect(parse(text)).toEqual(value);
    expect(text).toBe(
      'a: 1\nb: -2.5\nc: true\nd: false\ne: null\nf: {}\ng: []\nh:\n  - - 1\n    - 2\n  - []\n  - {}\ni:\n  - x:\n      \"y\":\n        - z: 1\n',
    );
  });

  it('writes multi-line strings as literal blocks', () => {
    expect(toYamlDocument({ data: { 'config.yaml': 'a: 1\nb: 2\n' } })).toBe('data:\n  config.yaml: |\n    a: 1\n    b: 2\n');
  });

  it('puts setter markers as line comments after their field, and refuses a marker with no field', () => {
    const text = toYamlDocument({ spec: { containers: [{ image: 'a:1' }] } }, [
      { path: ['spec', 'containers', 0, 'image'], marker: '{"$imagepolicy": "ns:p"}' },
    ]);
    expect(text).toBe('spec:\n  containers:\n    - image: a:1 # {"$imagepolicy": "ns:p"}\n');
    const doc = parseDocument(text);
    expect(doc.toJS()).toEqual({ spec: { containers: [{ image: 'a:1' }] } });
    expect(() => toYamlDocument({ a: 1 }, [{ path: ['b'], marker: 'x' }])).toThrow('setter marker x: no scalar field at b');
  });

  it('every rendered object reads back as itself', () => {
    const { clusters: rendered } = synthesizedClusters();
    for (const cluster of rendered) {
      for (const o of cluster.objects) expect(parse(toYamlDocument(o.manifest), { version: '1.1' })).toEqual(o.manifest);
    }
  });
});
