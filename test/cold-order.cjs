// Jest's order of the test files on a run without its timing cache (a fresh clone, as in CI):
// the longest first, as measured on two workers on 2026-12-08 (seconds: synth 8.4, preflight 6.2,
// unit 5.5, rehearsal 5.2, worked-example 4.6, output 3.8, repository 0.7). Jest's own fallback,
// file size, ran the two short files that gather suites (output 9 lines, unit 14) last, and
// output.test.ts alone at the end: 19.4 s for Jest, with this order 17.9 s (cold, measured). With timings
// (every later run) Jest's own order stands.
const { basename } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const LONGEST_FIRST = ['synth', 'preflight', 'unit', 'rehearsal', 'worked-example', 'output', 'repository'];
// A file not in the list (a new one) goes first, as Jest's own order puts files it has no timing for.
const rank = (test) => LONGEST_FIRST.indexOf(basename(test.path, '.test.ts'));

module.exports = class ColdOrder extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return sorted.some((t) => t.duration != null) ? sorted : [...sorted].sort((a, b) => rank(a) - rank(b));
  }
};
