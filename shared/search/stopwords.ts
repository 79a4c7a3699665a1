/**
 * Question fillers and function words dropped from queries (never from indexed text, except the English
 * ones, which are not indexed at all since no query can keep them).
 */

/**
 * Chinese filler phrases removed from the query string before it is segmented, longest first. Only phrases
 * that never carry the topic of a question: 怎么办, 吗, 我 … Single characters here are removed wherever
 * they stand, so only characters that are fillers in any position belong here.
 */
export const ZH_FILLER_PHRASES: readonly string[] = [
  '怎么回事', '怎么处理', '怎么解决', '可不可以', '该怎么办', '怎么办', '怎么样', '怎么弄', '能不能', '会不会',
  '是不是', '有没有', '要不要', '可以吗', '为什么', '请问', '怎么', '怎样', '如何', '什么', '应该', '一下',
  '我们', '我的', '吗', '呢', '吧', '啊', '呀', '嘛', '哦', '么', '我', '你', '您', '？', '?',
].toSorted((a, b) => b.length - a.length);

/**
 * Words that are fillers when the segmenter returns them as a word of their own (了 alone, not in 了解;
 * 会 alone, not in 社会).
 */
export const ZH_STOP_SEGMENTS: ReadonlySet<string> = new Set([
  '了', '的', '地', '得', '会', '能', '要', '想', '是', '在', '有', '都', '就', '被', '给', '把', '对', '让', '和',
  '与', '或', '这', '那', '个', '也', '又', '吗', '着', '过', '去', '来', '说', '很', '太', '还是', '可以', '需要',
  '这个', '那个', '这条', '那条', '这些', '那些', '已经', '一直', '或者', '如果', '因为', '所以', '但是', '然后',
  '时候', '知道', '现在', '他们', '她们', '自己', '一个', '办', '做', '该',
]);

/** English stop-words and question fillers (compared after lower-casing, before stemming). Every page is about
 * mainland China, so "China" tells pages apart no more than "the" does. */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  ('a about after again all also am an and any are as at be been before being but by can cannot could did do does ' +
    'doing done for from get gets getting got had has have having he her here hers him his how i if in into is it ' +
    'its just me might more most must my no nor not of off on once only or other our ours out over own please same ' +
    'shall she should so some such than that the their theirs them then there these they this those through to too ' +
    'under until up us very was way we were what when where which while who whom why will with would you your ' +
    'yours yourself go going gone want wants need needs anyone someone something anything really still keep keeps ' +
    'much many s t d ll m re ve don doesn didn isn aren wasn won wouldn shouldn couldn cant dont im ive help tell ' +
    'know okay ok hi hello thanks thank allowed allow ever china chinese mainland prc')
    .split(' '),
);
