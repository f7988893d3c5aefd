// The reviewers' screenshots (scripts/element-screenshots.mjs): every element of the package has a
// story to photograph, each docs page shows its four views, and every picture is in the repository
// as a PNG of the view's width.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_VIEWS, screenshotFile, screenshotStories } from './element-screenshots-list.mjs';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'packages/components/src');

/** `components-rubric--partly-filled` -> `PartlyFilled`, as Storybook names a story export. */
function exportName(storyId: string): string {
  const story = storyId.split('--')[1] ?? '';
  return story
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('element screenshots', () => {
  it('photograph every element folder with a define.ts', () => {
    const folders = readdirSync(SRC).filter((name) => existsSync(join(SRC, name, 'define.ts')));
    expect(screenshotStories.map((entry) => entry.folder).sort()).toEqual(folders.sort());
  });

  it.each(screenshotStories)('$folder: the story exists and the docs page shows four PNGs', ({ folder, story }) => {
    const storiesFile = readdirSync(join(SRC, folder)).find((name) => name.endsWith('.stories.ts'));
    expect(storiesFile, `${folder} has stories`).toBeDefined();
    const stories = readFileSync(join(SRC, folder, storiesFile ?? ''), 'utf8');
    expect(stories).toMatch(new RegExp(`export const ${exportName(story)}_?\\b`));
    const page = readFileSync(join(ROOT, 'docs/elements', `${folder}.mdx`), 'utf8');
    for (const view of SCREENSHOT_VIEWS) {
      const file = screenshotFile(folder, view.name);
      expect(page).toContain(`'../assets/screenshots/${folder}-${view.name}.png'`);
      const size = pngSize(readFileSync(join(ROOT, file)));
      expect(size.width, file).toBe(view.viewport.width);
      expect(size.height, file).toBeGreaterThan(100);
      expect(size.height, file).toBeLessThanOrEqual(view.maxHeight);
    }
  });
});
