// Suites of the model, the constructs and the YAML emitter. Grouped into one Jest file because
// Jest loads the whole module graph (cdk8s, the generated imports) once per test file.
import './suites/model';
import './suites/constructs';
import './suites/gpu';
import './suites/yaml';
