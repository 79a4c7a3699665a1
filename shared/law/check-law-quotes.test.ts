import { describe, expect, it } from 'vitest';
import { checkLawQuotes } from './check-law-quotes.ts';
import { defineLawText } from './law-text.ts';

const source = { repo: 'LawRefBook/Laws', paths: ['民法典.md'], commit: '2f4c5c23716267af9dbebbbbd6cbbf732b101981' };
const code = defineLawText({
  id: 'code',
  title: '民法典',
  binding: 'law',
  version: { label: '2020年通过', date: '2020-05-28', inForce: '2021-01-01', marks: ['2020'], current: true },
  source,
  articles: {
    '546': ['债权人转让债权，未通知债务人的，该转让对债务人不发生效力。'],
    '1161': ['继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务。'],
  },
});
const reply = defineLawText({
  id: 'reply',
  title: '某批复',
  number: '法释〔2020〕27号',
  binding: 'judicial-interpretation',
  version: { label: '2020年通过', date: '2020-11-09', inForce: '2021-01-01', marks: ['2020'], current: true },
  source,
  numbering: 'points',
  articles: { '1': ['小额贷款公司属于经金融监管部门批准设立的金融机构。'] },
});
const laws = [code, reply];
const cite = { document: '《中华人民共和国民法典》', article: '第五百四十六条', confidence: 'verified', binding: 'law', quote: ['未通知债务人的，该转让对债务人不发生效力。'] };
const messages = (citation: Parameters<typeof checkLawQuotes>[0]) => checkLawQuotes(citation, laws).map((issue) => issue.message);

describe('checkLawQuotes', () => {
  it('accepts a verified citation whose quote is the article’s words', () => {
    expect(messages(cite)).toEqual([]);
    expect(messages({ ...cite, document: 'Civil Code (《民法典》)', article: 'Art. 546' })).toEqual([]);
  });

  it('fails a quote that is not in the article cited, saying how far it agrees', () => {
    expect(messages({ ...cite, quote: ['未通知债务人的，该转让对债务人无效。'] })).toEqual([
      "quote '未通知债务人的，该转让对债务人无效。' is not in the words of 《民法典》（2020年通过）第546条 (shared/law/texts/code.ts); the text agrees up to '未通知债务人的，该转让对债务人'",
    ]);
    expect(messages({ ...cite, article: '第一千一百六十一条' })[0]).toMatch(/is not in the words of 《民法典》（2020年通过）第1161条/);
  });

  it('wants a verified citation to quote every article it names, and the library to hold them', () => {
    expect(messages({ ...cite, quote: undefined })[0]).toMatch(/a verified citation quotes the law/);
    expect(messages({ ...cite, article: '第五百四十六条、第一千一百六十一条' })).toEqual([
      '第1161条 is cited as verified but not quoted: quote what it says, or leave it out of `article`',
    ]);
    expect(messages({ ...cite, article: '第五百四十七条' })[0]).toMatch(/第547条 of 《民法典》（2020年通过） is not in the law library/);
    expect(messages({ ...cite, article: undefined })[0]).toMatch(/name the article/);
    expect(messages({ ...cite, document: '《征信业管理条例》' })[0]).toMatch(/is not in the law library/);
  });

  it('checks the binding against the library and refuses a quote too short to mean anything', () => {
    expect(messages({ ...cite, binding: 'regulation' })).toEqual(["binding 'regulation' is wrong: the law library has 《民法典》（2020年通过） as 'law'"]);
    expect(messages({ ...cite, quote: ['债权人'] })[0]).toMatch(/too short/);
  });

  it('leaves secondary citations alone unless they quote', () => {
    expect(messages({ ...cite, confidence: 'secondary', quote: undefined, article: '第九百条' })).toEqual([]);
    expect(messages({ ...cite, confidence: 'secondary', quote: ['该转让对债务人不产生效力'] })[0]).toMatch(/is not in the words/);
    expect(messages({ document: '《征信业管理条例》', confidence: 'secondary', binding: 'regulation', quote: ['不良信息保存五年'] })[0]).toMatch(/does not hold/);
  });

  it('quotes a text in points without an article, by its document number', () => {
    const pointCite = { document: '《某批复》（法释〔2020〕27号）', confidence: 'verified', binding: 'judicial-interpretation', quote: ['小额贷款公司属于经金融监管部门批准设立的金融机构'] };
    expect(messages(pointCite)).toEqual([]);
    expect(messages({ ...pointCite, article: '第一条' })[0]).toMatch(/not numbered in articles/);
    expect(messages({ ...pointCite, document: '《某批复》（法释〔2015〕18号）' })[0]).toMatch(/is not in the law library/);
  });
});
