import { describe, expect, it } from 'vitest';
import { messageTwinKey } from './message-twin-key.ts';

describe('messageTwinKey', () => {
  it('is the same for one message printed in both scripts with other punctuation', () => {
    expect(messageTwinKey('停止高额息费，停止违约金！')).toBe(messageTwinKey('停止高額息費,停止違約金'));
  });

  it('tells different messages apart', () => {
    expect(messageTwinKey('今天不还就起诉你')).not.toBe(messageTwinKey('今天不还就找你父母'));
  });
});
