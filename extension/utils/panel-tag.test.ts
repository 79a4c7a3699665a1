import { describe, expect, it } from 'vitest';
import { isClaimed, PANEL_TAG, panelTag } from './panel-tag.ts';

/** A document whose elements are defined, or refuse a shadow root, by name. */
function fakeDocument({ defined = [] as string[], noShadow = [] as string[] }) {
  const created: string[] = [];
  return {
    created,
    createElement(name: string) {
      created.push(name);
      return {
        matches: (selector: string) => selector === ':defined' && defined.includes(name),
        attachShadow: () => {
          if (noShadow.includes(name)) throw new DOMException('shadow disabled', 'NotSupportedError');
          return {};
        },
      } as unknown as HTMLElement;
    },
  };
}

describe('panelTag', () => {
  it('is debt-guide-panel on an ordinary page', () => {
    expect(panelTag(fakeDocument({}))).toBe(PANEL_TAG);
  });

  it('takes a suffixed name when the page has defined debt-guide-panel', () => {
    const suffixes = ['aaaa', 'bbbb'];
    expect(panelTag(fakeDocument({ defined: [PANEL_TAG, `${PANEL_TAG}-aaaa`] }), () => suffixes.shift() ?? 'zzzz')).toBe(`${PANEL_TAG}-bbbb`);
  });

  it('takes a suffixed name when debt-guide-panel may not host a shadow root', () => {
    expect(panelTag(fakeDocument({ noShadow: [PANEL_TAG] }), () => 'k3x9')).toBe(`${PANEL_TAG}-k3x9`);
  });

  it('suffixes are random by default', () => {
    const doc = fakeDocument({ defined: [PANEL_TAG] });
    const names = new Set(Array.from({ length: 20 }, () => panelTag(doc)));
    expect(names.size).toBe(20);
    for (const name of names) expect(name).toMatch(/^debt-guide-panel-[a-z0-9]{4,8}$/);
  });
});

describe('isClaimed', () => {
  it('lets any other failure through', () => {
    const doc = { createElement: () => ({ matches: () => false, attachShadow: () => { throw new TypeError('broken'); } }) as unknown as HTMLElement };
    expect(() => isClaimed(doc, PANEL_TAG)).toThrow(TypeError);
  });
});
