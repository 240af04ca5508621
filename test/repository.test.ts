// What the repository itself must hold, whatever its components: the component table and its chart
// files, the facts of the running cluster, the generated host files and Renovate's reach over
// every pin. A new app meets these or `npm test` fails, so the worked
// examples of docs/add-an-app.md run this file in the copy they are applied to.
import './suites/components';
import './suites/facts';
import './suites/generated-docs';
import './suites/renovate';
