import { describe, expect, it } from 'vitest';
import { checkRuleLaw, ruleLawLine } from './check-rule-law.ts';
import { messageRules } from './check-message.ts';
import type { MessageRule } from './rule-schema.ts';

const rule = (id: string) => messageRules.find((r) => r.id === id) as MessageRule;

describe('checkRuleLaw', () => {
  it('finds every rule’s verified sources quoted in the law library', () => {
    expect(checkRuleLaw()).toEqual([]);
  });

  it('reports a verified source whose quote is not the law’s words, naming the rule and the source', () => {
    const broken = { ...rule('insult'), law: [{ document: '《民法典》', article: '第1024条', confidence: 'verified', binding: 'law', quote: ['任何人不得以侮辱方式侵害他人名誉'] }] } as MessageRule;
    const problems = checkRuleLaw([broken]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'shared/messages/rules/insult.ts', index: 0 });
    expect(problems[0]?.message).toMatch(/^law 1 \(《民法典》\): quote '任何人不得以侮辱方式侵害他人名誉' is not in the words of/);
  });

  it('wants a quote on every verified source and the library’s binding', () => {
    const unquoted = { ...rule('threat'), law: [{ document: '《刑法》', article: '第293条', confidence: 'verified', binding: 'regulation' }] } as MessageRule;
    expect(checkRuleLaw([unquoted]).map((problem) => problem.message)).toEqual([
      "law 1 (《刑法》): binding 'regulation' is wrong: the law library has 《刑法》（2023年修正） as 'law'",
      'law 1 (《刑法》): a verified citation quotes the law: add `quote` with the words that matter, copied from shared/law/texts/criminal-law.ts',
    ]);
  });
});

describe('ruleLawLine', () => {
  it('finds the line of the n-th source after law: [', () => {
    const text = "id: 'x',\n  law: [\n    { document: 'a' },\n    {\n      document: 'b',\n    },\n  ],";
    expect(ruleLawLine(text, 0)).toBe(3);
    expect(ruleLawLine(text, 1)).toBe(5);
    expect(ruleLawLine('no sources', 0)).toBe(1);
  });
});
