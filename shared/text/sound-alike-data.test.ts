import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { soundAlikeDataSource } from './build-sound-alike-data.ts';

describe('sound-alike-data.ts', () => {
  it('is what build-sound-alike-data.ts makes of the word list (regenerate after editing it)', () => {
    expect(readFileSync(new URL('./sound-alike-data.ts', import.meta.url), 'utf8')).toBe(soundAlikeDataSource());
  });
});
