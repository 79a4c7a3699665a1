import { z } from 'zod';

/** A name written four ways, so pages, search and the UI can all use it. */
export const namesSchema = z.object({
  /** Simplified Chinese names, the first being the display name. */
  zhHans: z.array(z.string().min(1)).min(1),
  /** Traditional Chinese forms of the same names (checked against OpenCC in a test). */
  zhHant: z.array(z.string().min(1)).min(1),
  /** English names, the first being the display name. */
  en: z.array(z.string().min(1)).min(1),
  /** Toneless pinyin, lower case, syllables separated by spaces. */
  pinyin: z.array(z.string().regex(/^[a-z0-9 ]+$/)).min(1),
});

/** A word that names a lender or product in page text, with the contexts in which it does not. */
export const aliasSchema = z.union([
  z.string().min(2),
  z.object({
    /** The word as it appears (matched on Simplified, lower-cased text). */
    text: z.string().min(2),
    /** Characters that, standing right before the word, show it is part of another phrase (贷款和信贷). */
    notAfter: z.string().optional(),
    /** Characters that, standing right after the word, show it is part of another phrase. */
    notBefore: z.string().optional(),
  }),
]);

export const productKindSchema = z.enum(['consumer-loan', 'business-loan', 'credit-card', 'consumer-credit-line', 'p2p-loan']);

/** One loan product of a lender (CONTRACT §1 product ids). */
export const productSchema = z.object({
  /** The fixed product id, e.g. `wangshangdai`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What kind of credit it is: 网商贷 is a business loan, not a consumer loan. */
  kind: productKindSchema,
  names: namesSchema,
  /** Words that name this product on any page (must not name anything else). */
  aliases: z.array(aliasSchema).min(1),
  /** Words that name it only on the lender's own domains (金条 alone is a gold bar elsewhere). */
  hostAliases: z.array(aliasSchema).default([]),
});

export const lenderKindSchema = z.enum([
  'state-bank', 'joint-stock-bank', 'internet-bank', 'rural-commercial-bank', 'consumer-finance', 'platform', 'p2p-platform',
]);

/** One lender: a declarative file in `lenders/data/`, with the URLs it must and must not match. */
export const lenderSchema = z.object({
  /** The fixed lender id (CONTRACT §1). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: lenderKindSchema,
  names: namesSchema,
  /** Words that name the lender on any page. */
  aliases: z.array(aliasSchema).min(1),
  /** Portal domains; a page belongs to the lender on these or any subdomain of them. */
  domains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)).min(1),
  products: z.array(productSchema).min(1),
  /**
   * Names a look-alike host would borrow besides the domains' own (`jingdong`, `京东`, `工商银行`): lower-case
   * Latin or Chinese, none so common a word that it names other things in addresses (`huabei` is also 华北).
   */
  hostBrands: z.array(z.string().regex(/^[a-z0-9\p{Script=Han}]{2,}$/u)).default([]),
  /**
   * URL fixtures: every `match` URL belongs to this lender, no `reject` URL does, and every `lookalike` URL
   * imitates this lender (lenders/lookalike.ts).
   */
  urls: z.object({ match: z.array(z.url()).min(2), reject: z.array(z.url()).default([]), lookalike: z.array(z.url()).min(2) }),
});

export type Alias = z.infer<typeof aliasSchema>;
export type Product = z.infer<typeof productSchema>;
export type Lender = z.infer<typeof lenderSchema>;
export type LenderInput = z.input<typeof lenderSchema>;

/** Validates a lender file at load time, so a malformed one fails loudly with its id. */
export function defineLender(input: LenderInput): Lender {
  const parsed = lenderSchema.safeParse(input);
  if (!parsed.success) throw new Error(`lender ${input.id}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
