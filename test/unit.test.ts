// In-process suites: the model, the constructs, the YAML emitter and the policy pass (Pod Security
// rules and the bad-input suite). One Jest file because Jest loads the whole module graph (cdk8s,
// the generated imports) once per test file; the four files of `npm test` take about the same time
// each, so the two workers finish together.
import './suites/model';
import './suites/constructs';
import './suites/gpu';
import './suites/yaml';
import './suites/pod-security';
import './suites/cel-rules';
import './suites/gate';
import './suites/invalid-models';
import './suites/scale';
import './suites/ci';
