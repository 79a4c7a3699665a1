import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentCorpusError, formatProblem, loadCorpus, loadCorpusOrThrow, type LoadCorpusOptions } from './load-corpus.ts';
import { readCorpusDir } from './read-corpus-dir.ts';

const corpus = (name: string) => readCorpusDir(fileURLToPath(new URL(`./test-corpus/${name}`, import.meta.url)));
const options: LoadCorpusOptions = {
  lenders: [{ id: 'mybank', products: ['wangshangdai'] }, { id: 'webank', products: ['weilidai'] }],
  today: '2026-06-01',
  requireContractSlugs: false,
};
const problemLines = (name: string) => loadCorpus(corpus(name), options).problems.map(formatProblem);

/** Each folder of test-corpus/broken/ is one mistake, with exactly the lines it must produce. */
const BROKEN: Record<string, string[]> = {
  'missing-field': ["zh-hans/rights/privacy.md:1: missing required field 'summary'"],
  'unknown-related': ["zh-hans/rights/privacy.md:7: related page 'rights/no-such-page' does not exist in zh-hans"],
  'unknown-lender': [
    "en/lenders/acme.md:6: unknown lender 'acme' (known: mybank, webank)",
    "zh-hans/lenders/acme.md:6: unknown lender 'acme' (known: mybank, webank)",
  ],
  'unknown-product': [
    "en/products/mybank-xindai.md:7: unknown product 'xindai' of lender 'mybank' (known: wangshangdai)",
    "zh-hans/products/mybank-xindai.md:7: unknown product 'xindai' of lender 'mybank' (known: wangshangdai)",
  ],
  'duplicate-title': ["zh-hans/rights/privacy.md:3: title '个人信息与隐私' is also the title of zh-hans/rights/data-sharing.md"],
  'raw-html': [
    'zh-hans/rights/privacy.md:18: raw HTML is not allowed: `</span>` (write it in Markdown)',
    'zh-hans/rights/privacy.md:18: raw HTML is not allowed: `<span style="color:red">` (write it in Markdown)',
    'zh-hans/rights/privacy.md:20: raw HTML is not allowed: `<div class="note">` (write it in Markdown)',
  ],
  'bad-date': ['zh-hans/rights/privacy.md:6: reviewed: must be a real date written YYYY-MM-DD'],
  'future-date': ['en/rights/privacy.md:6: reviewed 2027-01-01 is in the future (today is 2026-06-01)'],
  'one-language': ['zh-hans/rights/privacy.md:1: page exists in zh-hans only: add en/rights/privacy.md'],
  'malformed-yaml': ['zh-hans/rights/privacy.md:5: malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  'duplicate-key': ['zh-hans/rights/privacy.md:7: malformed YAML: Map keys must be unique'],
  'undeclared-placeholder': [
    'zh-hans/letters/deferral-request.md:25: placeholder {{amount}} is not a declared field (add it to `fields`)',
  ],
  'kind-mismatch': ["zh-hans/rights/privacy.md:2: kind 'scenario' does not match the slug: pages under rights/ are 'rights'"],
  'unknown-field': ["en/rights/privacy.md:6: unknown field 'relatd'"],
  'bad-citation': [
    "zh-hans/rights/privacy.md:8: missing required field 'citations[0].binding'",
    'zh-hans/rights/privacy.md:11: citations[1].document: must include the official Chinese title in 《》, e.g. 《征信业管理条例》 (English pages may add a translation)',
    'zh-hans/rights/privacy.md:12: citations[1].article: must be written like 第二十五条, 第十条第二款 or Art. 25',
    'zh-hans/rights/privacy.md:13: citations[1].confidence: Invalid option: expected one of "verified"|"secondary"|"unverified"',
  ],
  'bad-quote': [
    "zh-hans/rights/privacy.md:13: citation 1: quote '符合下列情形之一的，个人信息处理者方可处理个人信息：（一）取得本人的同意；（二）…' is not in the words of 《个人信息保护法》（2021年通过）第13条 (shared/law/texts/personal-information-protection-law.ts); the text agrees up to '人信息处理者方可处理个人信息：（一）取得'",
    'zh-hans/rights/privacy.md:16: citation 2: a verified citation quotes the law: add `quote` with the words that matter, copied from shared/law/texts/civil-code.ts',
    "zh-hans/rights/privacy.md:17: citation 2: binding 'regulation' is wrong: the law library has 《民法典》（2020年通过） as 'law'",
  ],
  'missing-frontmatter': ['zh-hans/rights/privacy.md:1: missing frontmatter: the file must start with a `---` line'],
  'heading-level-1': ['en/rights/privacy.md:14: use ## for sections: the level-1 heading is the title, from the frontmatter'],
  'bad-link': [
    "zh-hans/rights/privacy.md:18: link '/en/rights/privacy/' points into en from a zh-hans page: write /rights/privacy/",
    "zh-hans/rights/privacy.md:18: link to '/rights/contact-hours/': no such page in zh-hans",
    "zh-hans/rights/privacy.md:19: link '../privacy': link to guide pages as /section/name/ and to other sites with https://",
  ],
  'stored-zh-hant': ['zh-hant/rights/privacy.md:1: zh-hant is generated from zh-hans at load time: do not store it'],
};

describe('loadCorpus', () => {
  it('loads the valid test corpus without a problem, in three languages', () => {
    const { pages, problems } = loadCorpus(corpus('valid'), options);
    expect(problems.map(formatProblem)).toEqual([]);
    const slugs = [...new Set(pages.map((page) => page.slug))];
    expect(slugs).toHaveLength(6);
    for (const lang of ['zh-hans', 'zh-hant', 'en'] as const) {
      expect(pages.filter((page) => page.lang === lang).map((page) => page.slug)).toEqual(slugs);
    }
  });

  it('gives each page its URL, source file and rendered body', () => {
    const { pages } = loadCorpus(corpus('valid'), options);
    const page = pages.find((p) => p.lang === 'zh-hant' && p.slug === 'rights/third-party-contact');
    expect(page).toMatchObject({
      url: '/zh-hant/rights/third-party-contact/',
      file: 'zh-hans/rights/third-party-contact.md',
      kind: 'rights',
      title: '催收能不能聯繫我的家人、同事和通訊錄？',
      related: ['channels/nfra-12378', 'letters/stop-third-party-contact'],
    });
    expect(page?.html).toContain('<a href="/zh-hant/channels/nfra-12378/">');
    expect(page?.headings.map((heading) => heading.text)).toEqual(['可以聯繫誰', '不可以做什麼', '怎麼辦']);
  });

  it.each(Object.entries(BROKEN))('rejects broken/%s with exactly its problems', (name, expected) => {
    expect(problemLines(`broken/${name}`)).toEqual(expected);
  });

  it('reports the same slug twice in a language, however the path is spelled', () => {
    const files = corpus('broken/bad-date');
    const en = files.find((file) => file.path === 'en/rights/privacy.md');
    if (!en) throw new Error('fixture missing');
    const again = [{ ...en, path: './en/rights/privacy.md' }, { ...en, path: 'en\\rights\\privacy.md' }];
    const lines = loadCorpus([...files, ...again], options).problems.map(formatProblem);
    expect(lines.filter((line) => line.includes('duplicate slug'))).toEqual([
      "en/rights/privacy.md:1: duplicate slug 'rights/privacy' in en (also en/rights/privacy.md)",
    ]);
  });

  it('reports the CONTRACT §2 slugs that are missing unless turned off', () => {
    const { problems } = loadCorpus(corpus('valid'), { ...options, requireContractSlugs: true });
    const lines = problems.map(formatProblem);
    expect(lines).toContain('zh-hans/lenders/webank.md:1: required page missing (CONTRACT §2): write zh-hans/lenders/webank.md and en/lenders/webank.md');
    expect(lines).not.toContain(expect.stringContaining('rights/third-party-contact.md'));
  });

  it('refuses a malformed today', () => {
    expect(() => loadCorpus([], { ...options, today: '2026-13-01' })).toThrow(TypeError);
  });

  it('reads CRLF files and a byte-order mark with the same line numbers', () => {
    const files = corpus('broken/bad-date').map((file) => ({ ...file, text: `\uFEFF${file.text.replace(/\n/g, '\r\n')}` }));
    expect(loadCorpus(files, options).problems.map(formatProblem)).toEqual(BROKEN['bad-date']);
  });

  it('keeps the fixtures honest: the raw-HTML line really holds the HTML', () => {
    const text = readFileSync(fileURLToPath(new URL('./test-corpus/broken/raw-html/zh-hans/rights/privacy.md', import.meta.url)), 'utf8');
    expect(text.split('\n')[17]).toContain('<span');
    expect(text.split('\n')[19]).toContain('<div');
  });
});

describe('loadCorpusOrThrow', () => {
  it('returns the pages of a clean corpus', () => {
    expect(loadCorpusOrThrow(corpus('valid'), options)).toHaveLength(18);
  });

  it('throws one error listing every problem', () => {
    let caught: unknown;
    try {
      loadCorpusOrThrow(corpus('broken/unknown-lender'), options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentCorpusError);
    const error = caught as ContentCorpusError;
    expect(error.problems).toHaveLength(2);
    expect(error.message.split('\n')).toEqual([
      '2 content problem(s):',
      "en/lenders/acme.md:6: unknown lender 'acme' (known: mybank, webank)",
      "zh-hans/lenders/acme.md:6: unknown lender 'acme' (known: mybank, webank)",
    ]);
  });
});
