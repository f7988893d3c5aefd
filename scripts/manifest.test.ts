// The Custom Elements Manifest @sel/components publishes (built by `pnpm run build`) against the
// element sources: every element's attributes, properties, events, slots, CSS parts and CSS
// properties are documented, events carry their detail type, and nothing private, internal or
// test-only is in it. It iterates every custom element in the manifest, so a new element is
// checked without touching this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublicMember, PACKAGE_DIR } from './manifest/public-api.mjs';
import { customElements, GENERATED_FILES } from './manifest/framework-types.mjs';

const ROOT = join(import.meta.dirname, '..');
const PACKAGE = join(ROOT, PACKAGE_DIR);
const MANIFEST_FILE = join(PACKAGE, 'custom-elements.json');

interface Documented {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Member extends Documented {
  kind: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Attribute extends Documented {
  fieldName?: string;
}
interface Declaration extends Documented {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

function readManifest(): Manifest {
  if (!existsSync(MANIFEST_FILE)) throw new Error(`${MANIFEST_FILE} is missing: run \`pnpm run build\` first`);
  return JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
}

const manifest = readManifest();
const elements = customElements(manifest) as (Declaration & { tagName: string })[];
const modules = manifest.modules;

/** The TypeScript source a published module path was built from: `dist/a/b.js` -> `src/a/b.ts`. */
function sourceOf(path: string): string {
  return join(PACKAGE, path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'));
}

const isTestFile = (file: string) => /(\.test|\.stories|\.bench|\.contract)\.ts$|(^|\/)test-[^/]*$/.test(file);

/** The element's own sources: its folder's modules, tests, stories and test helpers aside. */
function elementSources(tagName: string): { file: string; text: string }[] {
  const module = modules.find((m) => m.declarations?.some((d) => d.tagName === tagName));
  if (module === undefined) throw new Error(`no module declares <${tagName}>`);
  const folder = dirname(sourceOf(module.path));
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !isTestFile(file))
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }));
}

/** Every match of `pattern`'s first group in the element's sources. */
function found(tagName: string, pattern: RegExp): Set<string> {
  const names = new Set<string>();
  for (const { text } of elementSources(tagName)) for (const match of text.matchAll(pattern)) names.add(match[1] ?? '');
  return names;
}

const undocumented = (items: readonly Documented[] | undefined) =>
  (items ?? []).filter((item) => (item.description ?? '').trim() === '').map((item) => item.name);

describe('custom-elements.json', () => {
  it('declares every element the package defines', () => {
    const defined = readdirSync(join(PACKAGE, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(PACKAGE, 'src', entry.name, 'define.ts')))
      .map((entry) => `sel-${entry.name}`)
      .sort();
    expect(defined.length).toBeGreaterThan(0);
    expect(elements.map((element) => element.tagName)).toEqual(defined);
  });

  it('gives module paths relative to the package, each a module the package ships', () => {
    for (const module of modules) {
      expect(module.path, module.path).toMatch(/^dist\/.+\.js$/);
      expect(existsSync(sourceOf(module.path)), `${module.path} has no source in src/`).toBe(true);
      expect(isTestFile(module.path.replace(/\.js$/, '.ts')), `${module.path} is test code`).toBe(false);
    }
    expect(JSON.stringify(manifest)).not.toContain(PACKAGE_DIR);
  });

  it('has no test helper and no internal module', () => {
    const names = modules.flatMap((module) => (module.declarations ?? []).map((d) => d.name));
    expect(names).not.toContain('samplePartners');
    expect(names).not.toContain('largePartnerInventory');
    expect(modules.filter((module) => /\/(test|internal)\//.test(module.path)).map((m) => m.path)).toEqual([]);
  });

  describe.each(elements.map((element) => [element.tagName, element] as const))('<%s>', (tagName, element) => {
    it('has a summary and a description', () => {
      expect(element.summary?.trim(), 'summary').toBeTruthy();
      expect(element.description?.trim(), 'description').toBeTruthy();
    });

    it('documents every attribute and public member, and lists nothing private', () => {
      const members = element.members ?? [];
      expect(members.filter((member) => !isPublicMember(member)).map((m) => m.name)).toEqual([]);
      expect(undocumented(element.attributes), 'attributes without a description').toEqual([]);
      expect(undocumented(members), 'members without a description').toEqual([]);
      const fields = new Set(members.map((member) => member.name));
      const orphans = (element.attributes ?? []).filter((a) => a.fieldName !== undefined && !fields.has(a.fieldName));
      expect(
        orphans.map((a) => a.name),
        'attributes of fields that are not public',
      ).toEqual([]);
    });

    it('marks read-only getters readonly', () => {
      for (const { text } of elementSources(tagName)) {
        for (const match of text.matchAll(/^ {2}(?:override )?get (\w+)\(\)/gm)) {
          const name = match[1] ?? '';
          if (new RegExp(`^ {2}(?:override )?set ${name}\\(`, 'm').test(text)) continue;
          const member = element.members?.find((m) => m.name === name);
          if (member !== undefined) expect(member.readonly, `${name} has no setter`).toBe(true);
        }
      }
    });

    it('documents every event it dispatches, each with its detail type', () => {
      const dispatched = found(
        tagName,
        /(?:dispatchSelEvent\(\s*[\w.]+,\s*|\bemit\(\s*|new CustomEvent(?:<[^>]*>)?\(\s*)['"`](sel-[a-z-]+)['"`]/g,
      );
      dispatched.add('sel-error');
      const events = element.events ?? [];
      expect(
        events.map((event) => event.name),
        'events in the manifest',
      ).toEqual(expect.arrayContaining([...dispatched]));
      expect(undocumented(events), 'events without a description').toEqual([]);
      for (const event of events) {
        const type = event.type?.text ?? '';
        expect(type, `${event.name} has no detail type (@fires {Detail} ${event.name} - ...)`).not.toBe('');
        expect(type, `${event.name}: give the detail type, not the event type`).not.toMatch(/^(Custom)?Event\b/);
      }
    });

    it('documents every CSS part, slot and CSS custom property it renders or reads', () => {
      const parts = new Set<string>();
      for (const names of found(tagName, /\bpart="([^"$]+)"/g)) for (const name of names.split(/\s+/)) parts.add(name);
      expect((element.cssParts ?? []).map((p) => p.name)).toEqual(expect.arrayContaining([...parts]));
      expect(undocumented(element.cssParts), 'parts without a description').toEqual([]);

      const slots = found(tagName, /<slot(?:\s+name="([^"]*)")?[\s>]/g);
      expect((element.slots ?? []).map((s) => s.name)).toEqual(expect.arrayContaining([...slots]));
      expect(undocumented(element.slots), 'slots without a description').toEqual([]);

      const properties = found(tagName, /var\((--sel-[a-z0-9-]+)/g);
      expect((element.cssProperties ?? []).map((p) => p.name)).toEqual(expect.arrayContaining([...properties]));
      expect(undocumented(element.cssProperties), 'CSS properties without a description').toEqual([]);
    });
  });
});

describe('the framework types generated from it', () => {
  const jsx = readFileSync(join(PACKAGE, GENERATED_FILES.jsx), 'utf8');
  const vue = readFileSync(join(PACKAGE, GENERATED_FILES.vue), 'utf8');
  const webTypes = JSON.parse(readFileSync(join(PACKAGE, GENERATED_FILES.webTypes), 'utf8')) as {
    name: string;
    contributions: { html: { elements: { name: string; js: { events: { name: string }[] } }[] } };
  };

  it.each(elements.map((element) => [element.tagName, element] as const))('describe <%s>', (tagName, element) => {
    expect(jsx).toContain(`'${tagName}': ${element.name}JsxProps;`);
    expect(vue).toContain(`'${tagName}': DefineComponent<${element.name}VueProps>;`);
    for (const event of element.events ?? []) {
      const detail = event.type?.text ?? '';
      expect(jsx).toContain(`'on${event.name}'?: (event: CustomEvent<${detail}>) => void;`);
      expect(vue).toMatch(
        new RegExp(`\\bon[A-Z]\\w*\\?: \\(event: CustomEvent<${detail.replace(/[^\w]/g, '\\$&')}>\\)`),
      );
    }
    for (const member of element.members ?? []) {
      if (member.readonly === true) expect(jsx).not.toContain(`${member.name}?: ${element.name}['${member.name}']`);
    }
    const described = webTypes.contributions.html.elements.find((e) => e.name === tagName);
    expect(described?.js.events.map((e) => e.name)).toEqual((element.events ?? []).map((e) => e.name));
  });

  it('names the package in web-types.json', () => {
    expect(webTypes.name).toBe('@sel/components');
  });
});
