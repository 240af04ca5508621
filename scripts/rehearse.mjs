// `npm run rehearse`: runs rehearsal/ from a bundle cached like the synth's (scripts/build.mjs), in
// this process; nothing else is written.
import { bundleOrExit, run } from './build.mjs';

run(await bundleOrExit('rehearse'), process.argv.slice(2));
