/**
 * Helpers for the rule tests: run one rule over a message and register example tests. Used only by
 * `*.test.ts` files (kept browser-safe anyway: opencc-js runs in browsers).
 */
import { Converter } from 'opencc-js/cn2t';
import { expect, it } from 'vitest';
import { foldForMatch } from '../../text/normalize.ts';
import { findRuleHit } from '../match-rule.ts';
import type { MessageRule } from '../rule-schema.ts';

const simplifiedToTraditional = Converter({ from: 'cn', to: 'tw' });

/** Character-level Simplified → Traditional (Taiwan), to check the fold handles Traditional input. */
export function toTraditional(text: string): string {
  return simplifiedToTraditional(text);
}

/** The evidence one rule finds in a message, or null. */
export function evidenceOf(rule: MessageRule, text: string): string | null {
  const hit = findRuleHit(rule, foldForMatch(text));
  return hit ? text.slice(hit.start, hit.end) : null;
}

/** Examples for one rule: `zh` positives are also tried in Traditional. */
export type RuleExamples = { zh: string[]; zhHant?: string[]; en: string[]; negatives: string[] };

/** Registers one test per example (call inside the rule's describe). */
export function itChecksExamples(rule: MessageRule, examples: RuleExamples): void {
  const positives = [...examples.zh, ...examples.zh.map(toTraditional), ...(examples.zhHant ?? []), ...examples.en];
  it.each(positives)('flags %s', (text) => {
    const evidence = evidenceOf(rule, text);
    expect(evidence, text).not.toBeNull();
    expect(text.includes(evidence!)).toBe(true);
  });
  it.each(examples.negatives)('leaves alone %s', (text) => {
    expect(evidenceOf(rule, text), text).toBeNull();
  });
}
