// The messages of a rating's evidence links, shared by `ratingSchema` (assessment-schema.ts) and
// the plain-code reader (assessment-reader.ts), so the two agree word for word.

export const LINK_MESSAGE = 'Expected an http(s) URL, e.g. "https://example.org/plan.pdf"';
export const LINK_SPACES_MESSAGE = 'Expected a URL without spaces (write a space as %20)';
