/** Number formatting shared by the panel and the popup. */

/** A percentage with two decimals, as the contract reports APRs: 18.25, 7.30. */
export function percent(value: number): string {
  return value.toFixed(2);
}
