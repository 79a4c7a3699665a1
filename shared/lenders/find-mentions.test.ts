import { describe, expect, it } from 'vitest';
import { findMentions, mainProduct, namedLenderIds } from './find-mentions.ts';

describe('findMentions', () => {
  it('finds lenders and products in Simplified, Traditional and English', () => {
    expect(namedLenderIds(findMentions('您的网商贷已逾期'))).toEqual(['mybank']);
    expect(namedLenderIds(findMentions('你的借唄已經逾期一個月了'))).toEqual(['antgroup']);
    expect(namedLenderIds(findMentions('Your WeBank Weilidai loan'))).toEqual(['webank']);
  });

  it('does not take common words for a lender', () => {
    expect(findMentions('影响您日后办理贷款和信贷业务，以及贷款和信用卡')).toEqual([]);
    expect(findMentions('施工行业的员工银行卡')).toEqual([]);
    expect(findMentions('金条价格上涨，白条一张')).toEqual([]);
  });

  it('counts host-only product words only on the lender host', () => {
    expect(findMentions('金条额度', 'jd').map((m) => m.productId)).toEqual(['jintiao']);
    expect(findMentions('金条额度', 'cmb')).toEqual([]);
  });

  it('lists several lenders when a page names several', () => {
    expect(namedLenderIds(findMentions('支持借呗、微粒贷、京东金条、美团借钱')).sort()).toEqual(['antgroup', 'jd', 'meituan', 'webank']);
  });

  it('respects word boundaries for Latin aliases', () => {
    expect(findMentions('the icbcx token')).toEqual([]);
    expect(namedLenderIds(findMentions('ICBC loan'))).toEqual(['icbc']);
  });
});

describe('mainProduct', () => {
  it('picks the product named most often, earliest on a tie', () => {
    const mentions = findMentions('花呗账单 借呗 花呗分期');
    expect(mainProduct(mentions, 'antgroup')).toBe('huabei');
    expect(mainProduct(findMentions('借呗 花呗'), 'antgroup')).toBe('jiebei');
    expect(mainProduct(findMentions('蚂蚁集团'), 'antgroup')).toBeNull();
  });
});
