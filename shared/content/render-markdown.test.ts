import { describe, expect, it } from 'vitest';
import { findRawHtml, renderMarkdown } from './render-markdown.ts';

describe('renderMarkdown', () => {
  it('never passes raw HTML through, and reports it with its line', () => {
    const body = 'Intro\n\n<script>alert(1)</script>\n\nText with <b>bold</b> in it.\n';
    const out = renderMarkdown(body, { lang: 'en', firstLine: 10 });
    expect(out.html).not.toContain('<script>');
    expect(out.html).not.toContain('<b>');
    expect(out.html).toContain('&lt;b&gt;');
    expect(out.problems.map((problem) => problem.line)).toEqual([12, 14, 14]);
  });

  it('keeps links: external ones as written, guide pages in the page language', () => {
    const body = 'See [the law](https://www.npc.gov.cn/) and [12378](/channels/nfra-12378/#when) or call [110](tel:110).';
    const out = renderMarkdown(body, { lang: 'zh-hant' });
    expect(out.html).toContain('<a href="https://www.npc.gov.cn/">the law</a>');
    expect(out.html).toContain('<a href="/zh-hant/channels/nfra-12378/#when">12378</a>');
    expect(out.html).toContain('<a href="tel:110">110</a>');
    expect(out.pageLinks).toEqual([{ slug: 'channels/nfra-12378', line: 1 }]);
    expect(out.problems).toEqual([]);
  });

  it('drops javascript: links (markdown-it refuses them)', () => {
    expect(renderMarkdown('[x](javascript:alert(1))', { lang: 'en' }).html).not.toContain('href="javascript');
  });

  it('extracts headings with unique anchor ids', () => {
    const out = renderMarkdown('## 可以联系谁\n\ntext\n\n### FAQ\n\n## FAQ\n', { lang: 'zh-hans' });
    expect(out.headings).toEqual([
      { level: 2, text: '可以联系谁', id: '可以联系谁' },
      { level: 3, text: 'FAQ', id: 'faq' },
      { level: 2, text: 'FAQ', id: 'faq-2' },
    ]);
    expect(out.html).toContain('<h2 id="可以联系谁">可以联系谁</h2>');
    expect(out.html).toContain('<h2 id="faq-2">FAQ</h2>');
  });

  it('cuts the plain text into sections at headings, with text before the first under an empty heading', () => {
    const body = 'Lead **in**.\n\n## One\n\n- a `code`\n- b\n\n## Two\n\n```\nletter {{name}}\n```\n';
    expect(renderMarkdown(body, { lang: 'en' }).sections).toEqual([
      { heading: '', text: 'Lead in.' },
      { heading: 'One', text: 'a code\nb' },
      { heading: 'Two', text: 'letter {{name}}' },
    ]);
  });

  it('joins Chinese lines without a space and English lines with one', () => {
    const out = renderMarkdown('第一行，\n第二行。\nThen English\ncontinues.', { lang: 'zh-hans' });
    expect(out.sections[0]?.text).toBe('第一行，第二行。 Then English continues.');
  });

  it('reports a level-1 heading (the title comes from the frontmatter)', () => {
    expect(renderMarkdown('text\n\n# Title', { lang: 'en', firstLine: 5 }).problems).toEqual([
      { line: 7, message: 'use ## for sections: the level-1 heading is the title, from the frontmatter' },
    ]);
  });
});

describe('findRawHtml', () => {
  it('finds block and inline HTML and comments, not code or autolinks or comparisons', () => {
    const body = ['a < b and `<i>x</i>` and <https://x.cn/>', '', '<!-- note -->', '', 'two', 'lines <br>', '', '    <pre>indented code</pre>'].join('\n');
    expect(findRawHtml(body)).toEqual([
      { line: 3, message: 'raw HTML is not allowed: `<!-- note -->` (write it in Markdown)' },
      { line: 6, message: 'raw HTML is not allowed: `<br>` (write it in Markdown)' },
    ]);
  });
});

describe('renderMarkdown: emphasis next to Chinese', () => {
  it('closes bold that ends in Chinese punctuation and is followed by Han text', () => {
    const { html } = renderMarkdown('**不会因为还不起而坐牢。**借款逾期是民事纠纷。', { lang: 'zh-hans' });
    expect(html).toContain('<strong>不会因为还不起而坐牢。</strong>借款逾期');
    expect(html).not.toContain('**');
  });
});
