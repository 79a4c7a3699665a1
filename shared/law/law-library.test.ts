import { describe, expect, it } from 'vitest';
import { documentTitle, findLaw, lawTexts, titleKey } from './law-library.ts';

describe('the law library', () => {
  it('holds each law once, each with its source commit, version and at least one article', () => {
    const ids = lawTexts.map((law) => law.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const law of lawTexts) {
      expect(law.source.commit, law.id).toMatch(/^[0-9a-f]{40}$/);
      expect(law.version.inForce >= law.version.date, law.id).toBe(true);
      expect(Object.keys(law.articles).length, law.id).toBeGreaterThan(0);
    }
  });

  it('has exactly one version in force of each title', () => {
    const titles = new Set(lawTexts.map((law) => titleKey(law.title)));
    for (const title of titles) {
      const current = lawTexts.filter((law) => titleKey(law.title) === title && law.version.current);
      expect(current.length, title).toBe(1);
    }
  });

  it('reads the title out of a document, with or without 中华人民共和国 and a translation', () => {
    expect(documentTitle('Civil Code (《中华人民共和国民法典》)')).toBe('中华人民共和国民法典');
    expect(titleKey('《中华人民共和国 民法典》')).toBe('民法典');
    expect(documentTitle('Civil Code')).toBeUndefined();
  });

  it('finds the version a document names, else the one in force', () => {
    const version = (document: string) => {
      const found = findLaw(document);
      return found.found ? found.law.version.label : found.ambiguous ?? 'none';
    };
    expect(version('《中华人民共和国治安管理处罚法》')).toBe('2025年修订');
    expect(version('《中华人民共和国治安管理处罚法》（2012年修正）')).toBe('2012年修正');
    expect(version('《治安管理处罚法》（2012年修正，2025年修订后失效）')).toMatch(/names more than one version/);
    expect(version('《中华人民共和国民法典》')).toBe(version('《民法典》'));
    expect(version('《民法典》')).not.toBe('none');
    expect(version('《不存在的法》')).toBe('none');
  });
});
