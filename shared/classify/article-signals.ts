/**
 * Writing ABOUT loans — explainers, Q&A answers, news stories, forum threads, help articles — as opposed to a
 * lender, collector or seller speaking to the borrower about their own loan. Such a page is `other` on any
 * host, even a lender's (a help article's worked example is not the page's offer). Matched on folded text.
 */
import { w } from './page-signals.ts';
import type { Signal } from './page-signals.ts';
import { distinctScore, scoreSignals } from './score-signals.ts';

/** The furniture of an article, a Q&A page or a news story. */
export const articleFrameSignals: Signal[] = [
  ...w(3, '本文', '本篇', '导语', '摘要回答', '标准答案', '最佳答案', '律师解答', '律师回答', '律师观点', '小编', '原标题', '责任编辑',
    '免责声明', '相关文章', '相关阅读', '相关推荐', '相关问题', '热门文章', '上一篇', '下一篇', '当前位置', '记者', '本报讯', '据报道',
    '网友', '楼主', '发帖', '问题描述', '作为一名', '全攻略', '一文读懂', '科普', '百科', 'current location', 'related articles',
    'related posts', 'posted by', 'read more', 'reporter', 'according to'),
  ...w(2, '前言', '结语', '总结', '作者', '发布时间', '发布于', '阅读量', '浏览', '来源:', '编辑:', '点赞', '评论', '回复', '报道', '据悉',
    '据了解', '专家', '读者', 'launched', 'announced', 'reported'),
];

/** Explaining how something works, with definitions and worked examples, rather than offering it. */
export const explainingSignals: Signal[] = [
  ...w(2, '例如', '比如', '举例', '举个例子', '假设', '假如', '计算公式', '公式', '计算方法', '怎么算', '如何计算', '是什么意思', '是指', '指的是',
    '也就是说', '简单来说', '简单说', '通常', '一般来说', '一般情况下', '具体来说', '需要注意', '大家',
    'for example', 'e.g.', 'suppose', 'formula', 'in general', 'would mean', 'is calculated', 'is often', 'some people', 'consumers',
    'it is important', 'you should', 'tips', 'what is', 'how to', 'means that'),
];

/** A title asking a question is the mark of an explainer or a Q&A page. */
const QUESTION_WORDS = ['?', '吗', '呢', '怎么', '如何', '什么', '是否', '多少', '能否', '为什么', '会不会', '能不能', '可以吗', '点算', '咋办',
  'how ', 'what ', 'why ', 'can i', 'is it', 'should i', 'when '];

export function isQuestionTitle(foldedTitle: string): boolean {
  const title = `${foldedTitle.trim()} `;
  return title.trim().length > 0 && QUESTION_WORDS.some((word) => title.includes(word));
}

/** Questions asked in the text itself (an FAQ, a Q&A thread): each question mark, at most 3. */
function questionCount(folded: string): number {
  let count = 0;
  for (let at = folded.indexOf('?'); at !== -1 && count < 3; at = folded.indexOf('?', at + 1)) count++;
  return count;
}

const OPERATORS = '×x*/=÷';

/** Worked arithmetic (50000×0.04%=20, 年利率/365, $350 x 12): an explainer works sums, an offer does not. */
function formulaCount(folded: string): number {
  let count = 0;
  for (let i = 1; i < folded.length - 1 && count < 3; i++) {
    const op = folded.charAt(i) === ' ' ? '' : folded.charAt(i);
    if (!op || !OPERATORS.includes(op)) continue;
    const before = folded.slice(Math.max(0, i - 2), i).trim().slice(-1);
    const after = folded.slice(i + 1, i + 3).trim().charAt(0);
    const numberish = (ch: string) => /[0-9%率)]/.test(ch);
    if (numberish(before) && (numberish(after) || /[0-9$¥]/.test(after)) && !(op === '/' && /\d/.test(before) && /\d/.test(after) && folded.charAt(i + 3) === '/')) count++;
  }
  return count;
}

/** Numbered section headings (一、二、三、) of a structured article. */
function sectionCount(folded: string): number {
  return ['一、', '二、', '三、', '四、'].filter((mark) => folded.includes(mark)).length;
}

/**
 * How strongly the page reads as writing about loans (0 = not at all): its frame, its explaining, a question
 * in the title, questions in the text, worked sums
 * and numbered sections.
 */
export function articleScore(folded: string, foldedTitle: string): number {
  const frame = scoreSignals(folded, articleFrameSignals);
  const explaining = Math.min(distinctScore(folded, explainingSignals), 8);
  const question = isQuestionTitle(foldedTitle) ? 4 : 0;
  const sections = sectionCount(folded) >= 3 ? 2 : 0;
  const asks = questionCount(folded) >= 3 ? 3 : 0;
  const sums = 2 * formulaCount(folded);
  return frame + explaining + question + sections + asks + sums;
}
