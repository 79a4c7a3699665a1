import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, chunkText } from './chunk-text.ts';

describe('chunkText', () => {
  it('keeps short text whole', () => {
    expect(chunkText('  催收只能找本人。  ')).toEqual(['催收只能找本人。']);
    expect(chunkText('')).toEqual([]);
  });

  it('cuts long text at sentence ends into chunks of at most CHUNK_SIZE', () => {
    const sentence = '催收人员只能向借款人本人催收，不得向第三人透露欠款信息。';
    const chunks = chunkText(sentence.repeat(40));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(CHUNK_SIZE);
      expect(c.endsWith('。')).toBe(true);
    }
    expect(chunks.join('')).toBe(sentence.repeat(40));
  });

  it('cuts English at full stops and an endless sentence at the limit, never inside a surrogate pair', () => {
    const en = chunkText('Collectors may only call you. '.repeat(30));
    for (const c of en) expect(c.endsWith('.')).toBe(true);
    const emoji = chunkText('😀'.repeat(500));
    for (const c of emoji) expect(c.length).toBeLessThanOrEqual(CHUNK_SIZE);
    expect(emoji.join('')).toBe('😀'.repeat(500));
  });
});
