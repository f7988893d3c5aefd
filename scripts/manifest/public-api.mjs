// Turns what the Custom Elements Manifest analyzer finds in packages/components/src into the
// manifest @sel/components publishes: its public API only, with paths relative to the package.
//   - members: no `#private`, `private`/`protected` or `_`-prefixed ones, and no platform
//     callbacks (`connectedCallback`, `formResetCallback`, ...), which are not for callers;
//   - attributes: none for a field that is not public (Lit's `state: true` internal state is
//     listed as an attribute by the analyzer);
//   - declarations: only those an adopter can import through the package's `exports`;
//   - paths: `packages/components/src/x/y.ts` becomes `dist/x/y.js`, the module an adopter imports.
//   - members without words of their own take their attribute's, or the platform's for the
//     form-associated members (`validity`, `checkValidity()`, ...);
// The analyzer already marks getters without a setter `readonly`.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** @typedef {Record<string, unknown>} Json */

/**
 * @typedef {object} Member
 * @property {string} name
 * @property {string} kind
 * @property {string} [privacy]
 * @property {boolean} [static]
 * @property {boolean} [readonly]
 * @property {string} [description]
 */

/**
 * @typedef {object} Attribute
 * @property {string} name
 * @property {string} [fieldName]
 * @property {string} [description]
 */

/**
 * @typedef {object} Declaration
 * @property {string} name
 * @property {string} kind
 * @property {boolean} [customElement]
 * @property {Member[]} [members]
 * @property {Attribute[]} [attributes]
 */

/**
 * @typedef {object} ModuleExport
 * @property {string} kind
 * @property {string} name
 * @property {{ name: string, module?: string, package?: string }} declaration
 */

/**
 * @typedef {object} Module
 * @property {string} path
 * @property {Declaration[]} [declarations]
 * @property {ModuleExport[]} [exports]
 */

/**
 * @typedef {object} Manifest
 * @property {string} schemaVersion
 * @property {Module[]} modules
 */

/** Where the analyzer's paths start: the package folder inside the workspace. */
export const PACKAGE_DIR = 'packages/components/';

/**
 * Members every form-associated element has with the meaning the platform gives them; an element
 * that documents one itself keeps its own words.
 */
export const PLATFORM_MEMBER_DOCS = {
  form: 'The `<form>` the element belongs to, or `null`.',
  validity: "The element's validity state, as for a native form control.",
  validationMessage: 'The message the browser would show for the current validity problem, or an empty string.',
  willValidate: 'Whether the element takes part in constraint validation (false while disabled or read-only).',
  checkValidity: 'Returns whether the value is valid; fires `invalid` on the element when it is not.',
  reportValidity: 'Like `checkValidity()`, and shows the browser its validation message when the value is not valid.',
};

/**
 * The module an adopter imports for a source file, relative to the package:
 * `packages/components/src/a/b.ts` -> `dist/a/b.js`. A path relative to the module that names it
 * (`./rubric/sel-rubric.js` in `dist/index.js`) is resolved from that module.
 * @param {string} path
 * @param {string} [from] the module the path appears in, already published
 */
export function publishedPath(path, from) {
  let result = path.replace(/^\//, '');
  if (result.startsWith('.') && from !== undefined) result = posix.join(posix.dirname(from), result);
  if (result.startsWith(PACKAGE_DIR)) result = result.slice(PACKAGE_DIR.length);
  return result.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/**
 * Whether a class member is part of the public API: not private, protected, `_`-prefixed or
 * static, and not a platform callback such as `connectedCallback`.
 * @param {Member} member
 */
export function isPublicMember(member) {
  if (member.privacy === 'private' || member.privacy === 'protected' || member.static === true) return false;
  if (member.name.startsWith('#') || member.name.startsWith('_')) return false;
  return !(member.kind === 'method' && /^[a-z][A-Za-z]*Callback$/.test(member.name));
}

/**
 * Rewrites every `path` and `module` string into a path relative to the package (references to
 * other packages, such as `lit`, keep their `package`).
 * @param {unknown} value
 * @param {string} modulePath the published path of the module `value` is in
 * @returns {unknown}
 */
function withPublishedPaths(value, modulePath) {
  if (Array.isArray(value)) return value.map((item) => withPublishedPaths(item, modulePath));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'module' && typeof inner === 'string'
        ? publishedPath(inner, modulePath)
        : withPublishedPaths(inner, modulePath),
    ]),
  );
}

/**
 * The public API of one declaration. A property without words of its own takes its attribute's.
 * @param {Declaration} declaration
 * @returns {Declaration}
 */
function publicDeclaration(declaration) {
  if (declaration.kind !== 'class' && declaration.kind !== 'mixin') return declaration;
  const members = declaration.members ?? [];
  const hidden = new Set(members.filter((member) => !isPublicMember(member)).map((member) => member.name));
  const attributes = (declaration.attributes ?? []).filter(
    (attribute) => attribute.fieldName === undefined || !hidden.has(attribute.fieldName),
  );
  /** @type {Record<string, string>} */
  const platformDocs = PLATFORM_MEMBER_DOCS;
  const documented = members
    .filter((member) => !hidden.has(member.name))
    .map((member) => {
      if ((member.description ?? '').trim() !== '') return member;
      const attribute = attributes.find((a) => a.fieldName === member.name && (a.description ?? '').trim() !== '');
      const description = attribute?.description ?? platformDocs[member.name];
      return description === undefined ? member : { ...member, description };
    });
  /** @type {Declaration} */
  const result = { ...declaration, members: documented };
  if (declaration.attributes !== undefined) result.attributes = attributes;
  return result;
}

/**
 * The source paths of the modules `package.json` exports (their `source` condition).
 * @param {Record<string, unknown>} exportsField
 */
export function entryModules(exportsField) {
  /** @type {string[]} */
  const entries = [];
  for (const value of Object.values(exportsField)) {
    if (value !== null && typeof value === 'object' && 'source' in value && typeof value.source === 'string') {
      entries.push(publishedPath(value.source.replace(/^\.\//, '')));
    }
  }
  return entries;
}

/**
 * The declarations an adopter can import: those the entry modules export, directly or through
 * `export *` and named re-exports. Keys are `module path#declaration name`.
 * @param {readonly Module[]} modules with published paths
 * @param {readonly string[]} entries published paths of the entry modules
 */
function reachableDeclarations(modules, entries) {
  const byPath = new Map(modules.map((module) => [module.path, module]));
  /** @type {Set<string>} */
  const reached = new Set();
  /** @type {Set<string>} */
  const visited = new Set();
  /** @param {string} path @param {string} name `*` for everything */
  const visit = (path, name) => {
    const visitKey = `${path}#${name}`;
    if (visited.has(visitKey)) return;
    visited.add(visitKey);
    const module = byPath.get(path);
    if (module === undefined) return;
    for (const entry of module.exports ?? []) {
      if (entry.kind !== 'js' || entry.declaration.package !== undefined) continue;
      const star = entry.name === '*';
      if (name !== '*' && !star && entry.name !== name) continue;
      const target = entry.declaration.module;
      if (target === undefined) continue;
      if (target === path) reached.add(`${path}#${entry.declaration.name}`);
      else visit(target, star ? name : entry.declaration.name);
    }
  };
  for (const entry of entries) visit(entry, '*');
  return reached;
}

/**
 * The manifest @sel/components publishes, from the analyzer's.
 * @param {Manifest} manifest
 * @param {readonly string[]} entries source paths of the modules the package exports, relative to it
 * @returns {Manifest}
 */
export function publicManifest(manifest, entries) {
  const published = manifest.modules.map((module) => {
    const path = publishedPath(module.path);
    return /** @type {Module} */ ({ ...withPublishedPaths(module, path), path });
  });
  const entrySet = new Set(entries);
  const reached = reachableDeclarations(published, entries);
  const modules = published
    .map((module) => {
      const declarations = (module.declarations ?? [])
        .filter((declaration) => reached.has(`${module.path}#${declaration.name}`))
        .map(publicDeclaration);
      return { ...module, declarations };
    })
    .filter((module) => entrySet.has(module.path) || module.declarations.length > 0);
  return { ...manifest, modules };
}

/**
 * The analyzer plugin: replaces the manifest's modules with the public API of the package in
 * `packageDir` once every module is linked (list it before plugins that read the manifest, such as
 * the VS Code data and the framework types).
 * @param {{ packageDir: string }} options
 * @returns {{ name: string, packageLinkPhase: (context: { customElementsManifest: Manifest }) => void }}
 */
export function publicApiPlugin({ packageDir }) {
  return {
    name: 'sel-public-api',
    packageLinkPhase({ customElementsManifest }) {
      const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
      const result = publicManifest(customElementsManifest, entryModules(pkg.exports));
      customElementsManifest.modules = result.modules;
    },
  };
}
