import { celRuleErrors, extractCelRules } from '../../policy/cel-rules';

describe('CEL rules of CRD schemas', () => {
  const schema = {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        'x-kubernetes-validations': [
          { rule: 'has(self.chart) != has(self.chartRef)', message: 'either chart or chartRef must be set' },
          { rule: 'self.replicas == oldSelf.replicas', message: 'immutable' },
        ],
        properties: {
          ports: {
            type: 'array',
            items: { type: 'object', 'x-kubernetes-validations': [{ rule: 'self.port > 0 && self.port < 65536', fieldPath: '.port' }] },
          },
          labels: { type: 'object', additionalProperties: { type: 'string', 'x-kubernetes-validations': [{ rule: 'size(self) <= 63' }] } },
        },
      },
    },
  };
  const rules = extractCelRules(schema)!;

  it('finds rules on properties, list items and map values, and leaves out transition rules', () => {
    expect(rules.rules).toEqual([
      { at: ['spec'], rule: 'has(self.chart) != has(self.chartRef)', message: 'either chart or chartRef must be set' },
      { at: ['spec', 'ports', '[]'], rule: 'self.port > 0 && self.port < 65536', fieldPath: '.port' },
      { at: ['spec', 'labels', '{}'], rule: 'size(self) <= 63' },
    ]);
  });

  it('passes an object that keeps every rule', () => {
    expect(celRuleErrors({ spec: { chart: {}, ports: [{ port: 80 }], labels: { a: 'b' } } }, rules)).toEqual([]);
  });

  it('reports each failing value at its own path, with the CRD message or the rule', () => {
    const errors = celRuleErrors({ spec: { chart: {}, chartRef: {}, ports: [{ port: 80 }, { port: 70000 }], labels: { team: 'x'.repeat(64) } } }, rules);
    expect(errors.map((e) => e.path)).toEqual(['spec', 'spec.ports[1].port', 'spec.labels.team']);
    expect(errors[0].message).toBe('either chart or chartRef must be set (CEL rule of the CRD: `has(self.chart) != has(self.chartRef)`)');
    expect(errors[2].message).toBe('failed rule: size(self) <= 63 (CEL rule of the CRD: `size(self) <= 63`)');
  });

  it('checks nothing where the field is absent', () => {
    expect(celRuleErrors({ spec: { chartRef: {} } }, rules)).toEqual([]);
  });

  it('has nothing to say about a schema without rules', () => {
    expect(extractCelRules({ type: 'object', properties: { spec: { type: 'object' } } })).toBeUndefined();
  });

  it('sees integer fields as CEL ints and number fields as doubles, as the schema types them', () => {
    const typed = extractCelRules({
      type: 'object',
      properties: {
        spec: {
          type: 'object',
          'x-kubernetes-validations': [
            { rule: 'self.replicas + 1 > 1' },
            { rule: 'self.ratio * 0.5 < 1.0' },
            { rule: 'self.ports.all(p, p - 1 >= 0)' },
            { rule: 'type(self.port) == int || type(self.port) == string' },
          ],
          properties: {
            replicas: { type: 'integer' },
            ratio: { type: 'number' },
            ports: { type: 'array', items: { type: 'integer' } },
            port: { 'x-kubernetes-int-or-string': true },
          },
        },
      },
    })!;
    expect(typed.integers).toEqual([
      ['spec', 'replicas'],
      ['spec', 'ports', '[]'],
      ['spec', 'port'],
    ]);
    expect(celRuleErrors({ spec: { replicas: 2, ratio: 1, ports: [80, 443], port: 8080 } }, typed)).toEqual([]);
    expect(celRuleErrors({ spec: { replicas: 2, ratio: 1, ports: [80], port: 'http' } }, typed)).toEqual([]);
  });

  it('fails a rule that cannot be evaluated, as the API server does', () => {
    const [error] = celRuleErrors({ spec: { chart: {}, ports: [{ name: 'http' }] } }, rules);
    expect(error.path).toBe('spec.ports[0].port');
    expect(error.message).toMatch(/^rule `self\.port > 0 && self\.port < 65536` cannot be evaluated here \(.*port.*\): the API server rejects this object$/);
  });
});
