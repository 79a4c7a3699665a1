/**
 * Emoji that stand for words in threats and insults ("出门小心🔪", "你家楼下那辆🚗", "🐶东西"). Each becomes
 * the word it stands for, so the rules read them as text. Emoji that carry no word are filler.
 */
const TABLE: readonly [string, string][] = [
  ['🔪🗡⚔', '刀'], ['💀☠', '死'], ['⚰', '棺材'], ['🪦', '坟'], ['🔥', '火'], ['🧨💣💥', '炸'], ['🔫', '枪'], ['🩸', '血'],
  ['🚗🚙🚘🚕🏎', '车'], ['🏍🛵', '摩托车'], ['🏠🏡🏘', '家'], ['🏢🏬', '公司'], ['🏫', '学校'],
  ['👶🧒👧👦', '孩子'], ['👪', '家人'], ['👴👵', '老人'], ['👮🚓🚔🚨', '警察'],
  ['🐶🐕', '狗'], ['🐷🐖', '猪'], ['💩', '屎'], ['🖕', '操'], ['👊🤜🤛', '打'], ['📱', '手机'], ['📞☎', '电话'], ['💰💵💴', '钱'],
];

/** Emoji code point → the word it stands for. */
export const EMOJI_WORDS: ReadonlyMap<string, string> = new Map(
  TABLE.flatMap(([emoji, word]) => [...emoji].map((cp): [string, string] => [cp, word])),
);
