import { describe, expect, it } from 'vitest';
import { readPageCorpus } from '../corpus/read-corpus-files.ts';
import { readPublicPages } from '../corpus/read-public-fixtures.ts';
import { lookalikeLender } from './lookalike.ts';
import { NOT_LOOKALIKE_HOSTS } from './lookalike-fixtures.ts';
import { lenders } from './registry.ts';

describe('lookalikeLender', () => {
  for (const lender of lenders) {
    it(`${lender.id}: its look-alike URLs imitate it, its own URLs imitate nobody`, () => {
      for (const url of lender.urls.lookalike) expect(lookalikeLender(url), url).toBe(lender.id);
      for (const url of lender.urls.match) expect(lookalikeLender(url), url).toBeNull();
    });
  }

  it('sees the disguises of CONTRACT §6 and the usual tricks', () => {
    const cases: [string, string][] = [
      ['https://jd.com.kefu-center.cn/notice', 'jd'],
      ['https://icbc-kefu.com/', 'icbc'],
      ['https://jd-com.cn/', 'jd'],
      ['https://www-icbc-com-cn.top/', 'icbc'],
      ['https://icbccomcn.xyz/', 'icbc'],
      ['https://jdkefuzhongxin.com/', 'jd'],
      ['https://kefu.jd-app.cn/', 'jd'],
      ['https://alipay.help-center.top/', 'antgroup'],
      ['https://webank-fawu.cn/', 'webank'],
      ['https://meituan-cuishou.com/', 'meituan'],
      ['https://duxiaoman-legal.com/', 'duxiaoman'],
      ['https://ccb-finance.cn/', 'ccb'],
      ['https://cmb-95555-kefu.com/', 'cmb'],
      ['https://xn--lipay-3ve.com/', 'antgroup'], // аlipay, Cyrillic а
      [`https://${'аlipay'}.com/`, 'antgroup'],
      [`https://${'ѡebank'.replace('ѡ', 'ԝ')}.com/`, 'webank'],
      ['https://wébank.com/', 'webank'],
      ['https://me1tuan.com/', 'meituan'],
      ['https://icbc.c0m.cn/', 'icbc'],
      ['https://京東金融客服.com/', 'jd'], // Traditional, folded to Simplified
      ['https://xn--xhq9mq64dbrdiurw89a.com/', 'jd'], // 京东白条退款, as the browser writes it
    ];
    for (const [url, id] of cases) expect(lookalikeLender(url), url).toBe(id);
  });

  it('calls nobody a look-alike for containing a brand, nor a lender on its own address', () => {
    const alarms = NOT_LOOKALIKE_HOSTS.map((host) => [host, lookalikeLender(`https://${host}/`)]).filter(([, id]) => id !== null);
    expect(alarms).toEqual([]);
    expect(lookalikeLender('https://WWW.JD.COM./item')).toBeNull();
    expect(lookalikeLender('not a url')).toBeNull();
    expect(lookalikeLender('https://xn--a!/')).toBeNull();
  });

  it('raises no false alarm on the hosts of the real page corpus and the public fixtures', () => {
    const urls = [
      ...readPageCorpus().flatMap((page) => [page.url, page.source]),
      ...readPublicPages<{ url: string }>().map((page) => page.expected.url),
    ];
    const hosts = [...new Set(urls.map((url) => new URL(url).hostname))];
    const alarms = hosts.filter((host) => lookalikeLender(`https://${host}/`) !== null);
    console.log(`look-alike false alarms: ${alarms.length} on ${hosts.length} real hosts (page corpus and public fixtures) + ${NOT_LOOKALIKE_HOSTS.length} listed hosts`);
    expect(hosts.length).toBeGreaterThan(50);
    expect(alarms).toEqual([]);
  });
});
