import { toSimplified } from '../text/normalize.ts';
import { pinyin } from 'pinyin-pro';
const base = '催收人员不得在晚上十点至早上八点之间联系借款人。如果催收频繁骚扰你的家人和同事，可以向银行保险监督管理机构投诉，拨打12378热线。欠网贷不还一般属于民事纠纷，不会坐牢，除非存在诈骗等情形。還不起網貸怎麼辦，簡訊騷擾檢舉。';
let text = ''; while (text.length < 200000) text += base;
let t = performance.now();
const s = toSimplified(text); console.log('opencc', performance.now() - t, s.length);
t = performance.now();
const seg = new Intl.Segmenter('zh', { granularity: 'word' }); let n = 0; for (const x of seg.segment(text)) n++;
console.log('segmenter', performance.now() - t, n);
t = performance.now();
const chars = new Set(text); let m = 0;
for (const c of chars) { const r = pinyin(c, { toneType: 'none', type: 'array', multiple: true, v: true }); m += r.length; }
console.log('pinyin', performance.now() - t, chars.size, m);
t = performance.now();
const many = '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出就那要下可你对生能而子那得于着自己'; for (const c of '还行长重了乐差呗') console.log(c, pinyin(c, { toneType: 'none', type: 'array', multiple: true, v: true }));
console.log(pinyin(many, { pattern: 'first', toneType: 'none', type: 'array' }).join(''));
