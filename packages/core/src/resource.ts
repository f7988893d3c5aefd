import * as z from 'zod/mini';
import { languageTagSchema } from './language-tag-schema.js';
import { FOCUS_AREA_NUMBERS, RESOURCE_AUDIENCES, RESOURCE_KINDS, RESOURCE_ORIGINS } from './resource-vocabulary.js';
import { parseWith, safeParseWith } from './zod-parse.js';
import type { ParseResult } from './errors.js';

/**
 * A stable identifier: lowercase letters and digits in words joined by single hyphens,
 * e.g. `sel-partnerships` or `selwell-menu-of-supports`. Slugs never change once published,
 * so saved filters, links and assessments keep working.
 */
export const slugSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Expected a slug: lowercase letters and digits in words joined by single hyphens, e.g. "sel-partnerships"',
  }),
);
export type Slug = z.infer<typeof slugSchema>;

const nonEmptyText = (what: string) =>
  z
    .string({ error: `Expected ${what} (a non-empty string)` })
    .check(z.regex(/\S/, { error: `Expected ${what} (a non-empty string)` }));

/** A text given in English and Spanish, both required (labels are short, so both always ship). */
export const bilingualTextSchema = /* @__PURE__ */ z.object({
  en: /* @__PURE__ */ nonEmptyText('English text'),
  es: /* @__PURE__ */ nonEmptyText('Spanish text'),
});
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** A text given in English, with a Spanish version where one has been written. */
export const localizedTextSchema = /* @__PURE__ */ z.object({
  en: /* @__PURE__ */ nonEmptyText('English text'),
  es: /* @__PURE__ */ z.optional(/* @__PURE__ */ nonEmptyText('Spanish text')),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** One entry of the controlled tag vocabulary: a stable slug and its display label in both languages. */
export const tagSchema = /* @__PURE__ */ z.object({
  slug: slugSchema,
  label: bilingualTextSchema,
});
export type Tag = z.infer<typeof tagSchema>;

/** A focus area by number (`FOCUS_AREA_NUMBERS` in resource-vocabulary.ts says what each is). */
export const focusAreaNumberSchema = /* @__PURE__ */ z.literal(FOCUS_AREA_NUMBERS, {
  error: 'Expected a focus area number: 1, 2, 3 or 4',
});
export type FocusAreaNumber = z.infer<typeof focusAreaNumberSchema>;

/** What a resource is, as a thing a reader opens (one of `RESOURCE_KINDS`). */
export const resourceKindSchema = /* @__PURE__ */ z.enum(RESOURCE_KINDS, {
  error: () => `Expected a resource kind: ${RESOURCE_KINDS.join(', ')}`,
});
export type ResourceKind = z.infer<typeof resourceKindSchema>;

/** Who a resource is mainly written for (one of `RESOURCE_AUDIENCES`). */
export const resourceAudienceSchema = /* @__PURE__ */ z.enum(RESOURCE_AUDIENCES, {
  error: () => `Expected an audience: ${RESOURCE_AUDIENCES.join(', ')}`,
});
export type ResourceAudience = z.infer<typeof resourceAudienceSchema>;

/** Where a resource comes from (one of `RESOURCE_ORIGINS`). */
export const resourceOriginSchema = /* @__PURE__ */ z.enum(RESOURCE_ORIGINS, {
  error: 'Expected an origin: district-artifact or learn-more',
});
export type ResourceOrigin = z.infer<typeof resourceOriginSchema>;

/** One entry of the resource catalog. */
export const resourceSchema = /* @__PURE__ */ z
  .object({
    id: slugSchema,
    title: /* @__PURE__ */ nonEmptyText('a title'),
    /**
     * The language of the resource's title and of the document it points to, as a BCP 47 tag
     * (`es`, `es-MX`); English when absent (the summary's `en` is English too). Elements mark the
     * title with it where they speak another language, so screen readers switch voice.
     */
    lang: /* @__PURE__ */ z.optional(languageTagSchema),
    /** The organisation that published it, e.g. `CASEL` or `Boston Public Schools`. */
    source: /* @__PURE__ */ nonEmptyText('a source organisation'),
    kind: resourceKindSchema,
    focusAreas: /* @__PURE__ */ z
      .array(focusAreaNumberSchema)
      .check(/* @__PURE__ */ z.minLength(1, { error: 'Expected at least one focus area (1 to 4)' })),
    tags: /* @__PURE__ */ z.array(slugSchema),
    audience: /* @__PURE__ */ z
      .array(resourceAudienceSchema)
      .check(/* @__PURE__ */ z.minLength(1, { error: 'Expected at least one audience' })),
    origin: resourceOriginSchema,
    /** For district artifacts: the district that shared it. */
    district: /* @__PURE__ */ z.optional(/* @__PURE__ */ nonEmptyText('a district name')),
    /** Only where the address is known; never a guess. */
    url: /* @__PURE__ */ z.optional(
      // Only web addresses: a `javascript:` or `data:` address in a catalog would run in the page of
      // whoever clicks the resource's link, in every element that shows one.
      /* @__PURE__ */ z.url({
        protocol: /^https?$/,
        error: 'Expected a web address (http or https), e.g. "https://example.org/page"',
      }),
    ),
    summary: localizedTextSchema,
  })
  .check(
    /* @__PURE__ */ z.superRefine((resource, ctx) => {
      reportDuplicates(resource.focusAreas, ['focusAreas'], 'focus area', ctx);
      reportDuplicates(resource.tags, ['tags'], 'tag', ctx);
      reportDuplicates(resource.audience, ['audience'], 'audience', ctx);
      if (resource.origin === 'district-artifact' && resource.district === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['district'],
          message: 'Expected the name of the district that shared this artifact (origin is district-artifact)',
          input: resource.district,
        });
      }
    }),
  );
export type Resource = z.infer<typeof resourceSchema>;

function reportDuplicates(
  values: readonly (string | number)[],
  path: readonly PropertyKey[],
  what: string,
  ctx: z.core.$RefinementCtx,
): void {
  const seen = new Set<string | number>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index],
        message: `Expected each ${what} once, but ${JSON.stringify(value)} is repeated`,
        input: value,
      });
    }
    seen.add(value);
  });
}

/**
 * A whole catalog: the tag vocabulary and the resources. Beyond each entry's own shape it checks
 * that tag slugs and resource ids are unique and that every resource tag exists in the vocabulary,
 * reporting each problem at its path (e.g. `resources[3].tags[1]`).
 */
export const catalogSchema = /* @__PURE__ */ z
  .object({
    tags: /* @__PURE__ */ z.array(tagSchema),
    resources: /* @__PURE__ */ z.array(resourceSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((catalog, ctx) => {
      const slugs = new Set<string>();
      catalog.tags.forEach((tag, index) => {
        if (slugs.has(tag.slug)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tags', index, 'slug'],
            message: `Expected unique tag slugs, but "${tag.slug}" is defined twice`,
            input: tag.slug,
          });
        }
        slugs.add(tag.slug);
      });
      const ids = new Set<string>();
      catalog.resources.forEach((resource, index) => {
        if (ids.has(resource.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['resources', index, 'id'],
            message: `Expected unique resource ids, but "${resource.id}" is used twice`,
            input: resource.id,
          });
        }
        ids.add(resource.id);
        resource.tags.forEach((tag, tagIndex) => {
          if (!slugs.has(tag)) {
            ctx.addIssue({
              code: 'custom',
              path: ['resources', index, 'tags', tagIndex],
              message: `Expected a tag from the vocabulary, but "${tag}" is not defined`,
              input: tag,
            });
          }
        });
      });
    }),
  );
export type Catalog = z.infer<typeof catalogSchema>;

function oneOrMany<T extends z.core.$ZodType>(schema: T, what: string | (() => string)) {
  return z.union([schema, z.array(schema)], {
    error: () => `Expected ${typeof what === 'string' ? what : what()}, or a list of them`,
  });
}

/**
 * A search over a resource catalog. Every field is optional and they combine with AND.
 * A field that takes one value or a list matches any value of the list (`kind: ['report', 'guide']`).
 * `tags` asks for resources carrying all of the given tags, `anyTags` for at least one of them.
 * `text` matches titles and summaries (English and Spanish) ignoring case and accents; each word of
 * the text must begin a word of the resource (`colab` finds "colaborativa", `equidad` finds "Equidad").
 */
export const resourceQuerySchema = /* @__PURE__ */ z.object({
  focusArea: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ oneOrMany(focusAreaNumberSchema, 'a focus area number (1 to 4)'),
  ),
  kind: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ oneOrMany(resourceKindSchema, () => `a resource kind (${RESOURCE_KINDS.join(', ')})`),
  ),
  source: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ oneOrMany(/* @__PURE__ */ nonEmptyText('a source organisation'), 'a source organisation'),
  ),
  origin: /* @__PURE__ */ z.optional(resourceOriginSchema),
  audience: /* @__PURE__ */ z.optional(/* @__PURE__ */ oneOrMany(resourceAudienceSchema, 'an audience')),
  tags: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(slugSchema)),
  anyTags: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(slugSchema)),
  text: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string({ error: 'Expected the search text as a string' })),
});
/** What a caller may pass as a resource query (single values or lists). */
export type ResourceQuery = z.input<typeof resourceQuerySchema>;
// parseResourceQuery, which checks a query without zod, is in resource-query.ts.

/** Validates one resource; throws a `SelValidationError` naming every bad path. */
export function parseResource(input: unknown): Resource {
  return parseWith(resourceSchema, input, 'resource');
}

/** Validates a whole catalog with its cross-checks; throws a `SelValidationError` naming every bad path. */
export function parseCatalog(input: unknown): Catalog {
  return parseWith(catalogSchema, input, 'resource catalog');
}

/** Validates a whole catalog without throwing. */
export function safeParseCatalog(input: unknown): ParseResult<Catalog> {
  return safeParseWith(catalogSchema, input, 'resource catalog');
}
