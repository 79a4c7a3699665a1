import { describe, expect, it } from 'vitest';
import { agreesUpTo, quoteIsIn, quoteParts } from './find-quote.ts';

const article = ['债权人转让债权，未通知债务人的，该转让对债务人不发生效力。', '债权转让的通知不得撤销，但是经受让人同意的除外。'];

describe('quoteIsIn', () => {
  it('finds the words character for character, whitespace aside', () => {
    expect(quoteIsIn('未通知债务人的，该转让对债务人不发生效力。', article)).toBe(true);
    expect(quoteIsIn('未通知债务人的， 该转让对债务人\n不发生效力', article)).toBe(true);
  });

  it('refuses a changed character, a changed mark or a paraphrase', () => {
    expect(quoteIsIn('未通知债务人的，该转让对债务人不产生效力。', article)).toBe(false);
    expect(quoteIsIn('未通知债务人的,该转让对债务人不发生效力。', article)).toBe(false);
    expect(quoteIsIn('没有通知的转让对债务人无效', article)).toBe(false);
  });

  it('takes parts joined by …… only in their order, across paragraphs', () => {
    expect(quoteIsIn('债权人转让债权……经受让人同意的除外', article)).toBe(true);
    expect(quoteIsIn('经受让人同意的除外……债权人转让债权', article)).toBe(false);
    expect(quoteIsIn('……', article)).toBe(false);
    expect(quoteParts('甲……乙 丙……')).toEqual(['甲', '乙丙']);
  });
});

describe('agreesUpTo', () => {
  it('says where a mistyped quote stops agreeing with the law', () => {
    expect(agreesUpTo('未通知债务人的，该转让对债务人不产生效力。', [article])).toBe('未通知债务人的，该转让对债务人不');
    expect(agreesUpTo('与此无关', [article])).toBe('');
  });
});
