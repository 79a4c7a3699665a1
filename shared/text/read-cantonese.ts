/**
 * Written Cantonese read as the Mandarin the rules are written in: Hong Kong collectors write 搵你屋企人,
 * 唔還錢, 我哋會上嚟. Only words with one clear Mandarin reading are listed; the longest listed word at each
 * position wins, and each replacement maps back to the Cantonese it came from.
 */
const CANTONESE: Readonly<Record<string, string>> = {
  你哋: '你们', 我哋: '我们', 佢哋: '他们', 佢: '他', 唔该: '请', 唔使: '不用', 唔好: '不要', 唔: '不', 嘅: '的', 咗: '了', 冇: '没有',
  喺: '在', 搵: '找', 揾: '找', 屋企人: '家人', 屋企: '家里', 老豆: '爸爸', 老母: '妈妈', 畀: '给', 睇: '看', 嚟: '来', 啲: '些',
  乜嘢: '什么', 而家: '现在', 即刻: '立即', 琴日: '昨天', 听日: '明天', 走数: '赖账', 追数: '催收', 见数: '还钱', 过数: '转账',
  财仔: '贷款公司', 老细: '老板', 份工: '工作', 淋红油: '泼红漆', 出车出人: '派人上门', 同你: '和你', 俾: '给',
};

const LONGEST = Math.max(...Object.keys(CANTONESE).map((w) => w.length));
const FIRST_CHARS = new Set(Object.keys(CANTONESE).map((w) => w[0]!));
const ANY_WORD = new RegExp(Object.keys(CANTONESE).join('|'));

/** Whether the text has any written Cantonese word at all (most messages have none). */
export function hasCantonese(text: string): boolean {
  return ANY_WORD.test(text);
}

export function readCantonese(text: string, emit: (piece: string, from: number, to: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let len = FIRST_CHARS.has(text[i]!) ? Math.min(LONGEST, text.length - i) : 0; len >= 1; len--) {
      const word = CANTONESE[text.slice(i, i + len)];
      if (word !== undefined) {
        emit(word, i, i + len);
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      emit(text[i]!, i, i + 1);
      i++;
    }
  }
}
