/**
 * Reads articles out of a law's Markdown as the primary-text mirrors write it (LawRefBook/Laws,
 * law-ye-skill): an article starts with its heading 第N条 (or 第N条之一) and a space, its paragraphs follow
 * until the next article or a part, chapter or section heading. Used to copy texts into the library.
 */
import { type ArticleKey, parseChineseNumber } from './article-number.ts';

const NUMERAL = '[零〇一二两三四五六七八九十百千]+';
const ARTICLE_START = new RegExp(`^第(${NUMERAL})条(?:之(${NUMERAL}))?(?:[\\s\\u3000]+(.*))?$`);
const DIVISION = new RegExp(`^(?:#+\\s*)?第${NUMERAL}[编章节](?:[\\s\\u3000]|$)`);

/** Every article in `markdown`, by key (`1033`, `293-1`), each as its trimmed paragraphs without the heading. */
export function extractArticles(markdown: string): Map<ArticleKey, string[]> {
  const articles = new Map<ArticleKey, string[]>();
  let current: string[] | undefined;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line === '') continue;
    if (/^(?:#|>|<!--|-{3})/.test(line) || DIVISION.test(line)) {
      current = undefined;
      continue;
    }
    const start = ARTICLE_START.exec(line);
    if (start) {
      const number = parseChineseNumber(start[1] ?? '');
      const sub = start[2] === undefined ? undefined : parseChineseNumber(start[2]);
      const key = sub === undefined ? String(number) : `${number}-${sub}`;
      current = [];
      if (!articles.has(key)) articles.set(key, current);
      const rest = (start[3] ?? '').trim();
      if (rest) current.push(rest);
      continue;
    }
    current?.push(line);
  }
  return articles;
}
