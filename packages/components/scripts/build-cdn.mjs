// Builds dist/cdn/ from tsc's output (run `tsc -b` first): the code-split build with the autoloader,
// then the single file beside it. See vite.cdn.config.mjs.
import { build } from 'vite';
import { findElementEntries, planSharedChunks, singleFileConfig, splitConfig } from '../vite.cdn.config.mjs';

// The first pass is only read, to plan the shared chunks of the second.
const firstPass = await build({ ...splitConfig(), build: { ...splitConfig().build, write: false } });
const output = Array.isArray(firstPass) ? firstPass[0] : firstPass;
if (output === undefined || !('output' in output)) throw new Error('the first pass of the CDN build gave no output');
await build(splitConfig(planSharedChunks(output, findElementEntries())));
await build(singleFileConfig());
