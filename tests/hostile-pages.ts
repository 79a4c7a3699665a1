/**
 * Generated hostile pages for the extension's browser tests (tests/extension-hostile-e2e.test.ts, the Firefox
 * test) and its benchmark (bench/extension-hostile-pages.ts). Each page is a loan page a person could meet —
 * an overdue notice with a daily rate, or a collector's demand — made hostile in one way:
 *
 * - `replaced-builtins`: before any extension code runs, the page replaces Array.prototype, JSON, Node and
 *   Element methods, `customElements`, timers, MutationObserver and the extension globals with functions
 *   that throw or lie;
 * - `panel-tag-taken`: the page defines a custom element with the panel's tag name (shadow roots disabled,
 *   fake reassuring text) and puts one in its body;
 * - `mutation-storm`: thousands of DOM changes a second for STORM_MS;
 * - `strict-csp`: a Content-Security-Policy that allows nothing (no script, no style, Trusted Types on);
 * - `invisible-stuffed`: the words cut with zero-width characters, digits and signs in full width;
 * - `markup-payloads`: page text carrying `<script>`, `onerror=` and `javascript:` payloads around the
 *   demand's words, which would run if anything from the page were rendered as HTML.
 *
 * Every page is served at a lender URL (the content script runs there from install) and on another host
 * (only with the user's all-sites grant). `onLender` and `onOther` are what the panel must show there; a
 * payload that runs marks `<html data-hostile-ran>` (readable from any world), which must stay absent.
 */

/** How long the mutation storm lasts, ms. */
export const STORM_MS = 5000;

export type PanelExpectation = {
  /** The page kind the panel shows, or null when no panel may appear. */
  pageKind: string | null;
  /** APRs the panel must show (percent). */
  aprs: number[];
};

export type HostilePage = {
  name: string;
  /** Extra response headers (the strict CSP). */
  headers: Record<string, string>;
  html: string;
  lenderUrl: string;
  otherUrl: string;
  onLender: PanelExpectation;
  onOther: PanelExpectation;
};

const LENDER_BASE = 'https://loan.mybank.cn/hostile/';
const MEITUAN_BASE = 'https://h5.meituan.com/hostile/';
const OTHER_BASE = 'https://notice.hostile-pages.example/';

const OVERDUE_BODY = `<h1>网商贷 借款详情</h1>
<div class="warn"><strong>您有1笔借款已逾期3天</strong>，请尽快还款。逾期期间将按合同约定计收罚息，逾期信息将依法报送征信。</div>
<div class="kv"><span>借款金额</span><span>20,000.00元</span></div>
<div class="kv"><span>借款利率</span><span>日利率0.05%</span></div>
<div class="kv"><span>当前应还合计</span><em>1,689.79元</em></div>
<p>浙江网商银行股份有限公司 · 借款合同 · 帮助中心</p>`;

/** Defined first on every page: what a payload calls if it ever runs (built-ins it uses are replaced after it). */
const MARK = `<script>window.__hostileMark = (what) => { const data = document.documentElement.dataset; data.hostileRan = (data.hostileRan || '') + what + ';'; };</script>`;

function page(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title>${MARK}${head}<style>body{font-family:sans-serif;margin:12px}.warn{color:#d4380d}</style></head>
<body>${body}</body></html>`;
}

/** Replaces what a content script could lean on, in the page's own world, before the extension runs. */
const REPLACE_BUILTINS = `<script>
(() => {
  const lie = () => { throw new Error('hostile page: replaced built-in'); };
  const define = (target, name, value) => Object.defineProperty(target, name, { value, configurable: true, writable: true });
  const replace = (target, names) => { for (let i = 0; i < names.length; i++) define(target, names[i], lie); };
  replace(String.prototype, ['includes', 'indexOf', 'replace', 'replaceAll', 'split', 'slice', 'toLowerCase', 'trim', 'startsWith']);
  replace(Node.prototype, ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'cloneNode', 'contains']);
  Object.defineProperty(Node.prototype, 'textContent', { get: lie, set: lie, configurable: true });
  Object.defineProperty(Node.prototype, 'isConnected', { get: () => false, configurable: true });
  replace(Element.prototype, ['attachShadow', 'append', 'prepend', 'remove', 'querySelector', 'querySelectorAll', 'setAttribute', 'getAttribute', 'matches', 'closest']);
  Object.defineProperty(Element.prototype, 'outerHTML', { get: () => '<html><body>nothing to see</body></html>', configurable: true });
  Object.defineProperty(Element.prototype, 'innerHTML', { get: lie, set: lie, configurable: true });
  replace(Document.prototype, ['createElement', 'createTextNode', 'querySelector', 'querySelectorAll', 'getElementById']);
  replace(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
  Object.defineProperty(window, 'customElements', { get: lie, configurable: true });
  define(window, 'chrome', { runtime: { sendMessage: lie, getURL: lie, id: 'fake' }, storage: { local: { get: lie } } });
  define(window, 'browser', window.chrome);
  JSON.parse = () => ({ type: 'debtguide:analyse', report: { pageKind: 'other' } });
  JSON.stringify = () => '{"report":null}';
  Object.defineProperty(Object.prototype, 'html', { get: () => '<img src=x onerror="__hostileMark(\\'proto\\')">', configurable: true });
  define(Object.prototype, 'then', undefined);
  replace(window, ['setTimeout', 'setInterval', 'clearTimeout', 'requestAnimationFrame', 'queueMicrotask', 'fetch', 'MutationObserver', 'Promise', 'Proxy', 'Reflect']);
  // last, since the lines above iterate arrays
  replace(Array.prototype, ['map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'includes', 'indexOf', 'join', 'push', 'pop',
    'shift', 'slice', 'splice', 'concat', 'reduce', 'sort', 'flat', 'flatMap', 'at', 'keys', 'values', 'entries']);
  define(Array.prototype, Symbol.iterator, lie);
  Array.from = lie; Array.isArray = () => false;
  Object.keys = lie; Object.assign = lie; Object.entries = lie;
})();
</script>`;

/** A custom element with the panel's own tag name: no shadow root can be attached to it, and it talks. */
const TAKE_PANEL_TAG = `<script>
customElements.define('debt-guide-panel', class extends HTMLElement {
  static disabledFeatures = ['shadow'];
  connectedCallback() { this.textContent = '借贷明白：本页安全，请按要求转账到个人账户。'; }
});
</script>`;

/** Thousands of DOM changes a second (added and removed rows, text edits, attributes) for STORM_MS. */
const STORM = `<div id="ticker"></div><script>
(() => {
  const box = document.getElementById('ticker');
  const text = document.createTextNode('');
  box.append(text);
  let n = 0;
  const started = performance.now();
  const tick = () => {
    for (let i = 0; i < 40; i++) {
      const row = document.createElement('p');
      row.textContent = '实时行情 第' + (n++) + '笔 上证指数 3,021.55 点，成交额 8,112 亿元，北向资金净流入。';
      box.append(row);
      if (box.childNodes.length > 120) box.childNodes[1].remove();
      box.setAttribute('data-n', String(n));
      text.data = '更新于 ' + n;
    }
    window.__stormChanges = n * 4;
    if (performance.now() - started < ${STORM_MS}) setTimeout(tick, 0); else window.__stormDone = true;
  };
  tick();
})();
</script>`;

const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

/** Cuts every character of `text` with a zero-width character (cycling through several kinds). */
function stuff(text: string): string {
  return [...text].map((ch, i) => ch + (ZW[i % ZW.length] ?? '')).join('');
}

/** Full-width digits, point and percent sign (０．０５％). */
function fullWidth(text: string): string {
  return text.replace(/[0-9.%,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

const STUFFED_BODY = `<h1>${stuff('网商贷')} 借款详情</h1>
<div class="warn"><strong>${stuff('您有1笔借款已逾期3天')}</strong>，${stuff('请尽快还款。逾期期间将按合同约定计收罚息，逾期信息将依法报送征信。')}</div>
<div class="kv"><span>${stuff('借款利率')}</span><span>${stuff('日利率')}${fullWidth('0.05%')}</span></div>
<div class="kv"><span>${stuff('当前应还合计')}</span><em>${fullWidth('1,689.79')}元</em></div>`;

/** Markup a careless panel would run: escaped in the page, so it is page *text*. */
const PAYLOADS = [
  '<script>__hostileMark("script")</script>',
  '<img src=x onerror="__hostileMark(\'onerror\')">',
  '<a href="javascript:__hostileMark(\'href\')">点此核实</a>',
  '<svg onload="__hostileMark(\'svg\')"></svg>',
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const PAYLOAD_BODY = `<h1>美团借钱 逾期催收通知 ${escapeHtml(PAYLOADS[0] ?? '')}</h1>
<p>你的美团借钱已严重逾期，${escapeHtml(PAYLOADS[1] ?? '')}再不还钱就打电话给你所有联系人。</p>
<p>借款利率：日利率0.05% ${escapeHtml(PAYLOADS[2] ?? '')}</p>
<p>今天下午5点前把钱转到个人账户 ${escapeHtml(PAYLOADS[3] ?? '')} 否则后果自负。</p>
<p><a href="javascript:__hostileMark('real-link')">javascript:__hostileMark('text')</a></p>`;

const OVERDUE: PanelExpectation = { pageKind: 'overdue', aprs: [18.25] };

/** The hostile pages with what the panel must show on each host. */
export function hostilePages(): HostilePage[] {
  const at = (name: string, lenderBase = LENDER_BASE) => ({ lenderUrl: `${lenderBase}${name}.htm`, otherUrl: `${OTHER_BASE}${name}.htm` });
  return [
    { name: 'replaced-builtins', headers: {}, html: page('网商贷 - 借款详情', REPLACE_BUILTINS, OVERDUE_BODY), ...at('replaced-builtins'), onLender: OVERDUE, onOther: OVERDUE },
    { name: 'panel-tag-taken', headers: {}, html: page('网商贷 - 借款详情', TAKE_PANEL_TAG, `<debt-guide-panel></debt-guide-panel>${OVERDUE_BODY}`), ...at('panel-tag-taken'), onLender: OVERDUE, onOther: OVERDUE },
    { name: 'mutation-storm', headers: {}, html: page('网商贷 - 借款详情', '', `${OVERDUE_BODY}${STORM}`), ...at('mutation-storm'), onLender: OVERDUE, onOther: OVERDUE },
    {
      name: 'strict-csp',
      headers: { 'content-security-policy': STRICT_CSP },
      html: page('网商贷 - 借款详情', `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`, OVERDUE_BODY),
      ...at('strict-csp'),
      onLender: OVERDUE,
      onOther: OVERDUE,
    },
    { name: 'invisible-stuffed', headers: {}, html: page(stuff('网商贷 - 借款详情'), '', STUFFED_BODY), ...at('invisible-stuffed'), onLender: OVERDUE, onOther: OVERDUE },
    {
      name: 'markup-payloads',
      headers: {},
      html: page('美团借钱 催收通知', '', PAYLOAD_BODY),
      ...at('markup-payloads', MEITUAN_BASE),
      onLender: { pageKind: 'collection-notice', aprs: [18.25] },
      onOther: { pageKind: 'collection-notice', aprs: [18.25] },
    },
  ];
}
