import { describe, expect, it } from 'vitest';
import { hostNamesItself, ownerLabel } from './host-brand.ts';

describe('ownerLabel', () => {
  it('takes the owner-like label of a host', () => {
    expect(ownerLabel('https://www.personal.hsbc.com.hk/1/2/x')).toBe('hsbc');
    expect(ownerLabel('http://dahsing.com.hk/html/en/a.html')).toBe('dahsing');
    expect(ownerLabel('https://licai.jiantou8.com/ask/1.html')).toBe('jiantou8');
    expect(ownerLabel('https://someone.blogspot.com/p')).toBe('someone');
    expect(ownerLabel('not a url')).toBeUndefined();
  });
});

describe('hostNamesItself', () => {
  it('sees a bank naming itself on its own host', () => {
    expect(hostNamesItself('https://www.hangseng.com/en-hk/loans', 'Hang Seng Bank instalment loan. Apply at Hang Seng today.')).toBe(true);
    expect(hostNamesItself('https://www.ocbc.com/loans', 'x', 'OCBC Cash-on-Instalments')).toBe(true);
  });

  it('does not see it on a site writing about someone else', () => {
    expect(hostNamesItself('https://www.csaimall.com/tag/1.html', '微粒贷是微众银行直营的消费信贷产品，微粒贷额度范围500元-20万')).toBe(false);
    expect(hostNamesItself('https://technode.com/2015/05/19/x', 'WeBank launched Weilidai, a loan product by WeBank.')).toBe(false);
  });
});
