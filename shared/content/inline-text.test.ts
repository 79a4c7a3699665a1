import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { inlineText, joinSoftBreaks, lineInInline } from './inline-text.ts';

const md = new MarkdownIt();
const firstInline = (source: string) => {
  const token = md.parse(source, {}).find((t) => t.type === 'inline');
  if (!token) throw new Error('no inline');
  return token;
};

describe('joinSoftBreaks', () => {
  it('joins Chinese without a space and anything else with one', () => {
    expect(joinSoftBreaks('第一行，\u0000第二行')).toBe('第一行，第二行');
    expect(joinSoftBreaks('one\u0000two')).toBe('one two');
    expect(joinSoftBreaks('中文\u0000English')).toBe('中文 English');
  });
});

describe('inlineText', () => {
  it('keeps what a reader sees: text, code, link text, image alt', () => {
    expect(inlineText(firstInline('**粗体**和`代码`，[链接](https://x.cn/)与![图](a.png)'))).toBe('粗体和代码，链接与图');
  });
});

describe('lineInInline', () => {
  it('finds the line of a piece of an inline, moving on from a cursor', () => {
    const token = firstInline('a <b>\nc <b>\nd');
    const first = lineInInline(token, 10, '<b>');
    expect(first.line).toBe(10);
    expect(lineInInline(token, 10, '<b>', first.next).line).toBe(11);
    expect(lineInInline(token, 10, 'zzz').line).toBe(10);
  });
});
