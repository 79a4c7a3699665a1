import { describe, expect, it } from 'vitest';
import { decodeEntities, extractTitle, extractVisibleText } from './visible-text.ts';

describe('extractVisibleText', () => {
  it('skips scripts, styles, JSON blobs and comments', () => {
    const html = '<html><head><title>T</title><style>.a{}</style></head><body><script>var x="日利率9%";</script>'
      + '<script type="application/json">{"rate":"9%"}</script><!-- 日利率1% --><p>可见</p><div>{"state":{"rate":"0.05%"}}</div></body></html>';
    expect(extractVisibleText(html)).toBe('可见');
  });

  it('joins text split across inline tags and breaks lines at blocks', () => {
    expect(extractVisibleText('<p>日利率<b>0.05</b>%</p><p>年化<span>18.25%</span></p>')).toBe('日利率0.05%\n年化18.25%');
    expect(extractVisibleText('<td>借款利率</td><td>日利率0.04%</td>')).toBe('借款利率\n日利率0.04%');
  });

  it('decodes entities and keeps a lone less-than sign', () => {
    expect(extractVisibleText('<p>&lt; 返回 &amp; 3 < 5 &#x4E2D;&#25991;</p>')).toBe('< 返回 & 3 < 5 中文');
  });

  it('drops characters that show nothing, which cut words so that filters miss them', () => {
    expect(extractVisibleText('<p>逾\u200b期\u200d3\u2060天，日\ufeff利率0.0\u00ad5%&#8203;</p>')).toBe('逾期3天，日利率0.05%');
    expect(extractTitle('<title>借\u200c款</title>')).toBe('借款');
  });

  it('survives unclosed tags and quotes', () => {
    expect(extractVisibleText('<p>a<script>never closed')).toBe('a');
    expect(extractVisibleText('<head><p>b</p>')).toBe('b');
    expect(extractVisibleText('<a title="x>y">c</a>')).toBe('c');
  });
});

describe('extractTitle', () => {
  it('reads the title element', () => {
    expect(extractTitle('<head><TITLE>花呗&amp;账单</TITLE></head>')).toBe('花呗&账单');
    expect(extractTitle('<p>none</p>')).toBe('');
  });
});

describe('decodeEntities', () => {
  it('leaves unknown references alone', () => {
    expect(decodeEntities('&bogus; &#0; &nbsp;')).toBe('&bogus; &#0;  ');
  });
});
