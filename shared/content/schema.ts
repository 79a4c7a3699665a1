/**
 * The content schemas (`@debtguide/shared/content/schema`): one file per concept, combined here for the
 * site and the tools that need the shapes without the loader.
 */
export { citationSchema, bindingSchema, confidenceSchema, type Citation, type CitationInput } from './citation.ts';
export { contentKindSchema, SECTION_OF_KIND, kindOfSection, type ContentKind } from './content-kind.ts';
export { contentLangSchema, AUTHORED_LANGS, GENERATED_LANG, type ContentLang, type AuthoredLang } from './content-lang.ts';
export { frontmatterObjectSchema, frontmatterSchema, type Frontmatter, type FrontmatterInput } from './frontmatter.ts';
export { lenderRefSchema, type LenderRef } from './lender-ref.ts';
export { letterFieldSchema, letterFieldTypeSchema, type LetterField, type LetterFieldInput } from './letter-field.ts';
export { contentPageSchema, pageHeadingSchema, pageSectionSchema, type ContentPage, type PageHeading, type PageSection } from './page.ts';
export { contentProblemSchema, type ContentProblem } from './problem.ts';
export { searchDocSchema, type SearchDoc } from './search-doc.ts';
export { slugSchema, pageUrl } from './slug.ts';
