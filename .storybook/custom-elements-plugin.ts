import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** What `preview.ts` imports to get the manifest. */
export const MANIFEST_MODULE_ID = 'virtual:sel/custom-elements';
const resolvedId = `\0${MANIFEST_MODULE_ID}`;

const componentSource = /packages\/components\/src\/(?!test\/).*(?<!\.test|\.stories|\.bench)\.ts$/;

/**
 * Serves the Custom Elements Manifest to Storybook as a virtual module, running the analyzer
 * (`custom-elements-manifest.config.mjs`) when the module is first loaded and again whenever a
 * component source changes, so the docs tables never show a stale or missing manifest.
 */
export function customElementsManifest(root: string): Plugin {
  const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  const output = join(root, 'packages/components/custom-elements.json');
  const analyze = (): string => {
    execFileSync(process.execPath, [cli, 'analyze', '--quiet'], { cwd: root, stdio: 'inherit' });
    return readFileSync(output, 'utf8');
  };
  return {
    name: 'sel-custom-elements-manifest',
    resolveId(id) {
      return id === MANIFEST_MODULE_ID ? resolvedId : undefined;
    },
    load(id) {
      return id === resolvedId ? `export default ${analyze()};` : undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!componentSource.test(file)) return;
      const module = server.moduleGraph.getModuleById(resolvedId);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
