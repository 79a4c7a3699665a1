import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalText, originalSpan } from './canonical-text.ts';

/** The original words behind the first occurrence of `word` in the canonical text. */
function behind(text: string, word: string): string | null {
  const m = canonicalText(text);
  const at = m.text.indexOf(word);
  if (at < 0) return null;
  const span = originalSpan(m, at, at + word.length);
  return text.slice(span.start, span.end);
}

describe('canonicalText', () => {
  it.each([
    ['找jing察抓你', '警察', 'jing察'],
    ['起su你', '起诉', '起su'],
    ['法yuan见', '法院', '法yuan'],
    ['fayuan传票', '法院', 'fayuan'],
    ['井察已经来了', '警察', '井察'],
    ['起 诉 你', '起诉', '起 诉'],
    ['报.警也没用', '报警', '报.警'],
    ['通*讯*录', '通讯录', '通*讯*录'],
    ['发给你t x l', '发给你', '发给你'],
    ['txl已经爆了', '通讯录', 'txl'],
    ['加我vx', '微信', 'vx'],
    ['出门小心🔪', '刀', '🔪'],
    ['那辆🚗不错', '车', '🚗'],
    ['我們將通知您的父母', '通知您的父母', '通知您的父母'],
    ['ｔｏｎｇ讯录', '通讯录', 'ｔｏｎｇ讯录'],
    ['催\u200b收', '催收', '催\u200b收'],
    ['搵你屋企人傾下', '找你家人', '搵你屋企人'],
    ['唔還錢就出車出人', '不还钱', '唔還錢'],
  ])('reads %s as containing %s', (text, word, original) => {
    expect(behind(text, word)).toBe(original);
  });

  it('turns spaces between phrases into a clause break, not a join', () => {
    expect(canonicalText('催收员 你的借款已逾期').text).toBe('催收员,你的借款已逾期');
    expect(canonicalText('你 的 家 人 都 会 知 道').text).toBe('你的家人都会知道');
  });

  it('leaves real words that sound like listed ones alone', () => {
    for (const text of ['经查，您的账户逾期', '同时请及时还款', '形式多样', '全价打四折', '领到奖励', '加人进群', '预期收益']) {
      expect(canonicalText(text).text.replace(/,/g, '，')).toBe(text);
    }
  });

  it('keeps English words apart and reads leetspeak', () => {
    expect(canonicalText('We will tell your b0ss').text).toBe('we will tell your boss');
    expect(canonicalText('Cаll the pоlice').text).toBe('call the police');
  });

  it('maps every unit inside the original, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const m = canonicalText(text);
        let last = 0;
        for (let i = 0; i < m.text.length; i++) {
          expect(m.from[i]).toBeGreaterThanOrEqual(last);
          expect(m.to[i]).toBeGreaterThan(m.from[i]!);
          expect(m.to[i]).toBeLessThanOrEqual(text.length);
          last = m.from[i]!;
        }
      }),
      { numRuns: 5000 },
    );
  });
});
