/**
 * The law library's check of the message rules' legal sources, as for pages' citations: a `verified` source
 * quotes each article it names, every quote is found in the library, the binding is the library's. Run by
 * `debtguide check` next to the content check.
 */
import { checkLawQuotes } from '../law/check-law-quotes.ts';
import type { LawText } from '../law/law-text.ts';
import { messageRules } from './check-message.ts';
import type { MessageRule } from './rule-schema.ts';

/** One problem: the rule's file (from the repository root), which source (0-based) and what is wrong. */
export type RuleLawProblem = { file: string; rule: string; index: number; document: string; message: string };

/** Every problem with the rules' sources against the law library; empty when all hold. */
export function checkRuleLaw(rules: readonly MessageRule[] = messageRules, laws?: readonly LawText[]): RuleLawProblem[] {
  return rules.flatMap((rule) =>
    rule.law.flatMap((source, index) =>
      checkLawQuotes(source, laws).map((issue) => ({
        file: `shared/messages/rules/${rule.id}.ts`,
        rule: rule.id,
        index,
        document: source.document,
        message: `law ${index + 1} (${source.document}): ${issue.message}`,
      })),
    ),
  );
}

/** The line (1-based) of a rule file's `index`-th source: the `index`-th line after `law: [` naming a document. */
export function ruleLawLine(fileText: string, index: number): number {
  const lines = fileText.split('\n');
  const start = lines.findIndex((line) => /^\s*law: \[/.test(line));
  if (start < 0) return 1;
  let seen = -1;
  for (let at = start; at < lines.length; at++) {
    if (/document: /.test(lines[at] ?? '')) seen++;
    if (seen === index) return at + 1;
  }
  return start + 1;
}
