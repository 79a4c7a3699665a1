import fc from 'fast-check';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { hasPublicFixtures, readPublicJsonl } from '../corpus/read-public-fixtures.ts';
import { scoreLabels } from '../corpus/score-labels.ts';
import { checkMessage, checkResultSchema, getRule, messageRules, ruleIds } from './check-message.ts';
import type { CheckResult, RuleId } from './check-message.ts';

type Fixture = { text: string; at: string | null; flags: RuleId[]; note: string };

const fixtures = readPublicJsonl<Fixture>('messages.jsonl');

const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** The invariants every answer keeps, whatever the input. */
function expectWellFormed(text: string, result: CheckResult): void {
  expect(checkResultSchema.safeParse(result).success).toBe(true);
  const order = result.flags.map((f) => ruleIds.indexOf(f.rule));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(new Set(order).size).toBe(order.length);
  for (const flag of result.flags) {
    if (flag.rule === 'odd-hours') {
      expect(flag.start).toBeNull();
      expect(flag.evidence).toMatch(/^\d\d:\d\d$/);
    } else {
      expect(flag.evidence).toBe(text.slice(flag.start!, flag.end!));
      expect(flag.evidence.length).toBeGreaterThan(0);
    }
    expect(flag.guides).toEqual(getRule(flag.rule).guides);
  }
}

describe.skipIf(!hasPublicFixtures)('checkMessage on the public fixtures', () => {
  it('scores micro-F1 ≥ 0.95', () => {
    expect(fixtures.length).toBe(30);
    const { micro } = scoreLabels(fixtures.map((f, i) => ({ id: String(i), expected: f.flags, predicted: checkMessage(f.text, { at: f.at }).flags.map((x) => x.rule) })));
    console.log(`public fixtures: micro-F1 ${micro.f1.toFixed(3)} (tp ${micro.tp}, fp ${micro.fp}, fn ${micro.fn})`);
    expect(micro.f1).toBeGreaterThanOrEqual(0.95);
  });

  it.each(fixtures.filter((f) => f.flags.length === 0).map((f) => [f.note, f] as const))('gives no flag to lawful: %s', (_n, f) => {
    expect(checkMessage(f.text, { at: f.at }).flags).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.text, f] as const))('answers %s well-formed, Traditional the same', (_t, f) => {
    const result = checkMessage(f.text, { at: f.at });
    expectWellFormed(f.text, result);
    const traditional = toTraditional(f.text);
    const again = checkMessage(traditional, { at: f.at });
    expectWellFormed(traditional, again);
    expect(again.flags.map((x) => x.rule)).toEqual(result.flags.map((x) => x.rule));
  });
});

describe('checkMessage', () => {
  it('handles the English fixture', () => {
    const text = 'Pay today or we will tell your employer and everyone in your contacts that you are a thief';
    const flags = checkMessage(text).flags;
    expect(flags.map((f) => f.rule)).toEqual(['contacts-third-parties', 'insult']);
    expect(flags[1]!.evidence).toBe('thief');
  });

  it('slices evidence from the original full-width, Traditional text', () => {
    const text = '我們將通知您的ＨＲ和父母';
    const flag = checkMessage(text).flags[0]!;
    expect(flag.rule).toBe('contacts-third-parties');
    expect(flag.evidence).toBe(text.slice(flag.start!, flag.end!));
    expect(flag.evidence).toContain('ＨＲ');
  });

  it.each([
    ['2025-06-16T15:40:00Z', '23:40'],
    ['2025-06-16T23:40:00+08:00', '23:40'],
    ['2025-06-18T09:30:00-05:00', '22:30'],
    ['2025-06-17T07:30:00+08:00', '07:30'],
    ['2025-06-18T22:00:00+08:00', '22:00'],
    ['2025-06-17T23:59:00Z', '07:59'],
  ])('flags odd-hours at %s as %s China time', (at, clock) => {
    const flags = checkMessage('请尽快还款。', { at }).flags;
    expect(flags).toEqual([{ rule: 'odd-hours', evidence: clock, start: null, end: null, guides: ['rights/contact-hours'] }]);
  });

  it.each(['2025-06-18T21:30:00+08:00', '2025-06-18T21:50:00+08:00', '2025-06-18T08:00:00+08:00', '2025-06-18T00:00:00Z', '2025-06-18T13:59:00Z'])(
    'does not flag odd-hours at %s',
    (at) => {
      expect(checkMessage('请尽快还款。', { at }).flags).toEqual([]);
    },
  );

  it('judges odd-hours only when a time is given', () => {
    expect(checkMessage('请尽快还款。').flags).toEqual([]);
    expect(checkMessage('请尽快还款。', { at: null }).flags).toEqual([]);
  });

  it.each(['tomorrow night', '2025-06-18', '2025-02-30T10:00:00+08:00', ''])('throws a clear Error for at=%j', (at) => {
    expect(() => checkMessage('请尽快还款。', { at })).toThrowError(/Invalid time/);
  });

  it('never throws and keeps evidence exact on random full-Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => expectWellFormed(text, checkMessage(text))),
      { numRuns: 10_000 },
    );
  });

  it('never throws on random UTF-16 units, lone surrogates included', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => expectWellFormed(text, checkMessage(text))),
      { numRuns: 10_000 },
    );
  });

  it('keeps evidence exact on random mixes of collection phrases', () => {
    const phrases = [
      '你', '您的', '不会', '请勿', '谨防诈骗', '，', '。', '通知', '家人', '单位', '个人账户', '转我', '支付宝', '老赖', '坐牢', '已立案',
      '法院', '停息挂账', '服务费', '免费', '朋友圈', '发到', '找人', '收拾', '小心', '（2025）浙0106民初0000号', '138-0000-0000',
      '發到', '微信群裡', '個人帳戶', 'ＨＲ', 'never', ' tell your employer', ' thief', '户名李某', '三日内', '强制执行', '爆', '通讯录',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...phrases), { maxLength: 12 }), fc.option(fc.string({ maxLength: 30 })), (parts, at) => {
        const text = parts.join('');
        let result: CheckResult;
        try {
          result = checkMessage(text, { at });
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect((e as Error).message).toMatch(/Invalid time/);
          return;
        }
        expectWellFormed(text, result);
      }),
      { numRuns: 10_000 },
    );
  });

  it('checks a 1 MB message to the end (its time is measured in bench/linearity.ts)', () => {
    const unit = '您好，您的借款已逾期，请通过官方App还款。我们不会联系您的家人。Pay through the app. ';
    const text = `${unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 999_999)}\n你个老赖`;
    const result = checkMessage(text, { at: '2025-06-16T15:40:00Z' });
    expect(result.flags.map((f) => f.rule)).toEqual(['insult', 'odd-hours']);
    expect(result.flags[0]!.start).toBe(text.length - 2);
  });
});

describe('getRule', () => {
  it.each([...ruleIds])('returns %s with wording, law and guides', (id) => {
    const rule = getRule(id);
    expect(rule.id).toBe(id);
    expect(rule.title['zh-hans'].length).toBeGreaterThan(0);
    expect(rule.reason.en.length).toBeGreaterThan(0);
    expect(rule.guides.length).toBeGreaterThan(0);
    expect(messageRules).toContain(rule);
  });

  it('returns undefined for an unknown id', () => {
    expect(getRule('rude')).toBeUndefined();
  });
});

describe('checkMessage on plain wordings that once got "nothing found"', () => {
  it('flags them', () => {
    const rules = (text: string) => checkMessage(text).flags.map((f) => f.rule);
    expect(rules('已经发到你通讯录所有人了')).toEqual(['contacts-third-parties']);
    expect(rules('把钱转到这个支付宝账户')).toEqual(['personal-account']);
    expect(rules('给你做个停息挂账，交500手续费')).toEqual(['relief-scam']);
    expect(checkMessage('外访人员已经出发，今天到你户籍地').topics.map((t) => t.topic)).toContain('home-visit');
  });
});
