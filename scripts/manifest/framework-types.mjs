// Writes, from the published Custom Elements Manifest (see public-api.mjs), what each framework
// and editor needs to know the @sel elements:
//   - custom-elements-jsx.d.ts: React 19 JSX props, each property typed from the element class and
//     an `on<event>` handler per event typed with its real detail (React 19 listens to a custom
//     element's `onsel-error` prop as the `sel-error` event);
//   - custom-elements-vue.d.ts: Vue 3 `GlobalComponents` (vue-tsc checks `<sel-rubric :rubric>`
//     and `@sel-error` against them);
//   - web-types.json: JetBrains IDEs' completion data.
// The manifest is the one source: an element, property, attribute or event documented there
// appears in all three, and nothing else does.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} TypeText
 * @property {string} text
 */

/**
 * @typedef {object} Described
 * @property {string} name
 * @property {string} [description]
 * @property {string} [summary]
 * @property {TypeText} [type]
 */

/**
 * @typedef {Described & { kind: string, static?: boolean, readonly?: boolean, privacy?: string }} ElementMember
 * @typedef {Described & { fieldName?: string }} ElementAttribute
 */

/**
 * @typedef {object} ElementDeclaration
 * @property {string} name
 * @property {string} kind
 * @property {boolean} [customElement]
 * @property {string} [tagName]
 * @property {string} [summary]
 * @property {string} [description]
 * @property {ElementMember[]} [members]
 * @property {ElementAttribute[]} [attributes]
 * @property {Described[]} [events]
 * @property {Described[]} [slots]
 * @property {Described[]} [cssParts]
 * @property {Described[]} [cssProperties]
 */

/** @typedef {{ modules: { path: string, declarations?: ElementDeclaration[] }[] }} Manifest */

/** The module, relative to the package root, that exports every element class and detail type. */
const BARREL = './dist/index.js';

/** Type names TypeScript knows without an import. */
const GLOBAL_TYPES = new Set([
  'Array',
  'Date',
  'Error',
  'Map',
  'Partial',
  'Pick',
  'Promise',
  'Readonly',
  'ReadonlyArray',
  'Record',
  'Required',
  'Set',
]);

/**
 * Every custom element the manifest declares, in tag order.
 * @param {Manifest} manifest
 * @returns {(ElementDeclaration & { tagName: string })[]}
 */
export function customElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter(
      /** @returns {declaration is ElementDeclaration & { tagName: string }} */
      (declaration) => declaration.customElement === true && typeof declaration.tagName === 'string',
    )
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The properties a page may set: public instance fields that are not read-only.
 * @param {ElementDeclaration} element
 */
export function writableProperties(element) {
  return (element.members ?? []).filter(
    (member) => member.kind === 'field' && member.static !== true && member.readonly !== true,
  );
}

/**
 * `sel-rating-change` -> `SelRatingChange`.
 * @param {string} name
 */
function pascal(name) {
  return name
    .split(/[-_:.]/)
    .filter((part) => part !== '')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * `heading-level` -> `headingLevel`.
 * @param {string} name
 */
function camel(name) {
  const pascalName = pascal(name);
  return pascalName.charAt(0).toLowerCase() + pascalName.slice(1);
}

/**
 * A JSDoc comment for generated code, indented by `indent`.
 * @param {string | undefined} text
 * @param {string} indent
 */
function doc(text, indent) {
  if (text === undefined || text.trim() === '') return '';
  const lines = text.trim().replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0] ?? ''} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * The detail type of an event as the manifest gives it (`unknown` when it has none).
 * @param {Described} event
 */
function detailType(event) {
  return event.type?.text.trim() || 'unknown';
}

/**
 * A property key, quoted when it is not an identifier.
 * @param {string} name
 */
function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

/**
 * The names a file must import from the barrel: element classes and the types their events carry.
 * @param {readonly ElementDeclaration[]} elements
 */
function importedNames(elements) {
  const names = new Set(elements.map((element) => element.name));
  for (const element of elements) {
    for (const event of element.events ?? []) {
      for (const match of detailType(event).matchAll(/\b[A-Z][A-Za-z0-9_]*\b/g)) {
        if (!GLOBAL_TYPES.has(match[0])) names.add(match[0]);
      }
    }
  }
  return [...names].sort();
}

/**
 * One line per property or attribute of the element, the way a framework sets it.
 * @param {ElementDeclaration} element
 * @param {(attributeName: string) => string} attributeKey how the framework names an attribute-only input
 * @param {string} indent
 */
function inputLines(element, attributeKey, indent) {
  const properties = writableProperties(element);
  const propertyNames = new Set(properties.map((property) => property.name));
  const lines = properties.map(
    (property) =>
      `${doc(property.description, indent)}${indent}${key(property.name)}?: ${element.name}['${property.name}'];`,
  );
  for (const attribute of element.attributes ?? []) {
    const name = attributeKey(attribute.name);
    if (propertyNames.has(name)) continue;
    const field = attribute.fieldName;
    const type = field !== undefined && propertyNames.has(field) ? `${element.name}['${field}']` : 'string';
    lines.push(`${doc(attribute.description, indent)}${indent}${key(name)}?: ${type};`);
    propertyNames.add(name);
  }
  return lines;
}

/**
 * The event handler lines, named by `handlerName`.
 * @param {ElementDeclaration} element
 * @param {(eventName: string) => string} handlerName
 * @param {string} indent
 */
function handlerLines(element, handlerName, indent) {
  return (element.events ?? []).map(
    (event) =>
      `${doc(event.description, indent)}${indent}${key(handlerName(event.name))}?: (event: CustomEvent<${detailType(event)}>) => void;`,
  );
}

const HEADER = (/** @type {string} */ what) =>
  `// ${what} for the @sel elements, generated from custom-elements.json when @sel/components is built.\n`;

/**
 * React 19 JSX types: `<sel-rubric rubric={data} onsel-error={(event) => event.detail.issues} />`.
 * @param {Manifest} manifest
 */
export function jsxTypes(manifest) {
  const elements = customElements(manifest);
  const props = elements.map((element) => {
    const own = `${element.name}OwnJsxProps`;
    return [
      `/** What \`<${element.tagName}>\` takes besides React's HTML attributes. */`,
      `export interface ${own} {`,
      ...inputLines(element, (name) => name, '  '),
      ...handlerLines(element, (name) => `on${name}`, '  '),
      `}`,
      '',
      `${doc(element.summary ?? element.description, '')}export type ${element.name}JsxProps = ${own} &`,
      `  Omit<DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}>, keyof ${own}>;`,
    ].join('\n');
  });
  return `${HEADER('React 19 JSX types')}// Load them once in a TypeScript file of the app: import type {} from '@sel/components/custom-elements-jsx';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${importedNames(elements).join(', ')} } from '${BARREL}';

${props.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((element) => `      '${element.tagName}': ${element.name}JsxProps;`).join('\n')}
    }
  }
}
`;
}

/**
 * Vue 3 types: `<sel-rubric :rubric="data" @sel-error="onError" />` in a checked template.
 * @param {Manifest} manifest
 */
export function vueTypes(manifest) {
  const elements = customElements(manifest);
  const props = elements.map((element) =>
    [
      `${doc(element.summary ?? element.description, '')}export interface ${element.name}VueProps {`,
      ...inputLines(element, camel, '  '),
      ...handlerLines(element, (name) => `on${pascal(name)}`, '  '),
      `}`,
    ].join('\n'),
  );
  return `${HEADER('Vue 3 component types')}// Load them once in a TypeScript file of the app: import type {} from '@sel/components/custom-elements-vue';
import type { DefineComponent } from 'vue';
import type { ${importedNames(elements).join(', ')} } from '${BARREL}';

${props.join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((element) => `    '${element.tagName}': DefineComponent<${element.name}VueProps>;`).join('\n')}
  }
}
`;
}

/**
 * Name and description pairs, without empty descriptions.
 * @param {readonly Described[] | undefined} items
 */
function described(items) {
  return (items ?? []).map((item) => ({
    name: item.name,
    ...(item.description ? { description: item.description } : {}),
  }));
}

/**
 * JetBrains web-types (https://github.com/JetBrains/web-types).
 * @param {Manifest} manifest
 * @param {{ name: string, version: string }} pkg
 */
export function webTypes(manifest, pkg) {
  const elements = customElements(manifest).map((element) => ({
    name: element.tagName,
    description: element.summary ?? element.description ?? '',
    attributes: (element.attributes ?? []).map((attribute) => ({
      ...described([attribute])[0],
      value: { type: attribute.type?.text ?? 'string', required: false },
    })),
    slots: described(element.slots),
    js: {
      properties: writableProperties(element).map((property) => ({
        ...described([property])[0],
        ...(property.type ? { type: property.type.text } : {}),
      })),
      events: described(element.events),
    },
    css: { parts: described(element.cssParts), properties: described(element.cssProperties) },
  }));
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: { html: { elements } },
  };
}

/** The files the plugin writes into the package folder. */
export const GENERATED_FILES = {
  jsx: 'custom-elements-jsx.d.ts',
  vue: 'custom-elements-vue.d.ts',
  webTypes: 'web-types.json',
};

/**
 * The analyzer plugin: writes the three files into `outdir` from the final manifest (list it after
 * the public-API plugin).
 * @param {{ outdir: string }} options
 * @returns {{ name: string, packageLinkPhase: (context: { customElementsManifest: Manifest }) => void }}
 */
export function frameworkTypesPlugin({ outdir }) {
  return {
    name: 'sel-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const pkg = JSON.parse(readFileSync(join(outdir, 'package.json'), 'utf8'));
      writeFileSync(join(outdir, GENERATED_FILES.jsx), jsxTypes(customElementsManifest));
      writeFileSync(join(outdir, GENERATED_FILES.vue), vueTypes(customElementsManifest));
      writeFileSync(
        join(outdir, GENERATED_FILES.webTypes),
        `${JSON.stringify(webTypes(customElementsManifest, { name: pkg.name, version: pkg.version }), null, 2)}\n`,
      );
    },
  };
}
