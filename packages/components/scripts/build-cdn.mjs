// Builds dist/cdn/ from tsc's output (run `tsc -b` first): the code-split build with the autoloader,
// then the single file beside it. See vite.cdn.config.mjs.
import { build } from 'vite';
import { singleFileConfig, splitConfig } from '../vite.cdn.config.mjs';

await build(splitConfig());
await build(singleFileConfig());
