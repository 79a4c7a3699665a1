import { describe, expect, it } from 'vitest';
import { hasPublicFixtures, readPublicPages } from '../corpus/read-public-fixtures.ts';
import { classifyPage } from './classify-page.ts';
import { extractTitle, extractVisibleText } from './visible-text.ts';

type Expected = { url: string; lender: string | null; product: string | null; pageKind: string; rates: { quote: string; apr: number }[] };

const publicPages = readPublicPages<Expected>();

describe.skipIf(!hasPublicFixtures)('classifyPage on the public fixture pages', () => {
  it('has the 14 public fixtures', () => expect(publicPages).toHaveLength(14));

  for (const { name, html, expected } of publicPages) {
    it(name, () => {
      const got = classifyPage({ url: expected.url, text: extractVisibleText(html), title: extractTitle(html) });
      expect(got.pageKind).toBe(expected.pageKind);
      expect(got.lender).toBe(expected.lender);
      expect(got.product).toBe(expected.product);
      for (const rate of expected.rates) {
        expect(got.rates.some((r) => Math.abs(r.apr - rate.apr) <= 0.011), `${rate.quote} → ${rate.apr}`).toBe(true);
      }
      expect(got.rates.length).toBeGreaterThanOrEqual(expected.rates.length);
      if (got.pageKind === 'other') expect(got.guides).toEqual([]);
      else expect(got.guides.length).toBeGreaterThan(0);
    });
  }
});

describe('classifyPage on pages written for these tests', () => {
  const page = (url: string, text: string, title = '') => classifyPage({ url, text, title });

  it('keeps a forum post full of loan words as other', () => {
    const got = page('https://bbs.example.cn/t/1', '网贷逾期了怎么办？借呗、花呗、微粒贷都逾期了，大家有什么经验？回复：我也逾期过，后来慢慢还上了。');
    expect(got.pageKind).toBe('other');
  });

  it('reads an overdue lender page in Traditional script', () => {
    const got = page('https://m.webank.com/loan', '您的微粒貸借款已逾期3天，請盡快還款。逾期利息按日計收，日利率0.05%。');
    expect(got).toMatchObject({ lender: 'webank', product: 'weilidai', pageKind: 'overdue' });
    expect(got.rates.map((r) => r.apr)).toContain(18.25);
  });

  it('sees a collection notice on a lender host only when it is unmistakable', () => {
    const got = page('https://www.jd.com/notice', '催收通知：您在京东金条的欠款已逾期45天，我方受委托，将联系您的紧急联系人及单位核实。');
    expect(got.pageKind).toBe('collection-notice');
    expect(got.lender).toBe('jd');
    expect(got.flags).toContain('contacts-third-parties');
  });

  it('names no lender on another host when the text names several', () => {
    const got = page('https://x.example.com/', '停息挂账专业团队，借呗、京东金条、美团借钱均可办理，服务费1980元。');
    expect(got).toMatchObject({ lender: null, pageKind: 'relief-scam' });
  });

  it('keeps news and forum posts about collection as other, even with a rate or a threat quoted', () => {
    expect(page('https://news.example.cn/a/1', '记者调查发现，部分催收机构通过爆通讯录、冒充公检法等方式向借款人施压。专家提醒，借款人遇到暴力催收可向12378投诉。').pageKind).toBe('other');
    expect(page('https://bbs.example.cn/t/2', '楼主：借呗逾期两个月了，日利率0.05%，每天被催收电话轰炸。回复：跟客服协商分期了。').pageKind).toBe('other');
    expect(page('https://news.example.cn/a/2', '警惕“停息挂账”骗局！记者调查发现，一些债务优化公司收取服务费3000元后失联，专家提醒切勿上当。').pageKind).toBe('other');
  });

  it('sees a fake court notice on another host as a collection notice with its flags', () => {
    const got = page('https://court-notice.example.cn/a', '立案通知书 被告人李某某：你在微粒贷的借款逾期，本院已对你涉嫌诈骗立案侦查，三日内将冻结你名下所有银行卡。如需撤诉请联系138-0000-0000并缴纳欠款。');
    expect(got).toMatchObject({ pageKind: 'collection-notice', lender: 'webank' });
    expect(got.flags).toEqual(expect.arrayContaining(['impersonates-authority', 'false-consequence']));
  });

  it('reads a bill that only warns about lateness as a bill, not an overdue notice', () => {
    const got = page('https://baitiao.jd.com/bill', '白条 本期账单 ¥1,280.00 最后还款日 07月10日 还款状态：待还款 温馨提示：请按时还款，逾期将产生罚息，逾期记录可能上报征信。');
    expect(got).toMatchObject({ lender: 'jd', product: 'baitiao', pageKind: 'repayment' });
  });

  it('reads an English overdue page', () => {
    const got = page('https://www.webank.com/en/loan', 'Your Weilidai repayment of RMB 820.00 is 6 days past due. Late interest is charged at a daily rate of 0.05%.');
    expect(got).toMatchObject({ lender: 'webank', product: 'weilidai', pageKind: 'overdue' });
    expect(got.rates.map((r) => r.apr)).toEqual([18.25]);
  });

  it("keeps a bank's deposit page as other, though it quotes 年利率", () => {
    const got = page('https://www.icbc.com.cn/deposit', '整存整取定期存款 一年期存款年利率1.10%，三年期年利率1.50%。起存金额50元，可通过手机银行申请办理，利率以我行公布为准。');
    expect(got).toMatchObject({ lender: 'icbc', pageKind: 'other', rates: [] });
  });

  it('is other on a lender host with no loan content', () => {
    expect(page('https://www.alipay.com/about', '关于我们 联系方式 隐私政策').pageKind).toBe('other');
  });
});
