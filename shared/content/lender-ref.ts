/**
 * The lender ids and product ids pages may refer to. The loader takes them as a parameter (from the lender
 * registry, or CONTRACT §1) instead of importing the registry, so it can be tested on its own data.
 */
import { z } from 'zod';

export const lenderRefSchema = z.object({
  /** The lender id, e.g. `mybank`. */
  id: z.string(),
  /** The ids of its products, e.g. `['wangshangdai']`. */
  products: z.array(z.string()),
});

export type LenderRef = z.infer<typeof lenderRefSchema>;

/** Reduces registry entries (`{ id, products: [{ id, … }] }`) to lender refs. */
export function toLenderRefs(lenders: ReadonlyArray<{ id: string; products: ReadonlyArray<string | { id: string }> }>): LenderRef[] {
  return lenders.map((lender) => ({
    id: lender.id,
    products: lender.products.map((product) => (typeof product === 'string' ? product : product.id)),
  }));
}
