import { describe, expect, it } from 'vitest';
import { burstDelay, changedChars, createChangeGate } from './dom-changes.ts';

describe('createChangeGate', () => {
  it('lets a significant burst through', () => {
    const gate = createChangeGate({ minChars: 40, maxRuns: 3 });
    gate.add(120);
    expect(gate.take()).toBe(true);
    expect(gate.runs).toBe(1);
  });
  it('ignores small bursts and does not let them add up across bursts (a ticking clock)', () => {
    const gate = createChangeGate({ minChars: 40, maxRuns: 3 });
    for (let tick = 0; tick < 100; tick++) {
      gate.add(5);
      expect(gate.take()).toBe(false);
    }
  });
  it('adds up the changes within one burst', () => {
    const gate = createChangeGate({ minChars: 40, maxRuns: 3 });
    for (let i = 0; i < 10; i++) gate.add(5);
    expect(gate.take()).toBe(true);
  });
  it('stops after maxRuns until reset (bounded)', () => {
    const gate = createChangeGate({ minChars: 1, maxRuns: 2 });
    const burst = () => {
      gate.add(10);
      return gate.take();
    };
    expect([burst(), burst(), burst(), burst()]).toEqual([true, true, false, false]);
    gate.reset();
    expect(burst()).toBe(true);
  });
  it('says how many characters the burst still needs, at least one', () => {
    const gate = createChangeGate({ minChars: 40, maxRuns: 3 });
    gate.add(15);
    expect(gate.missing()).toBe(25);
    gate.add(100);
    expect(gate.missing()).toBe(1);
  });
  it('ignores negative counts', () => {
    const gate = createChangeGate({ minChars: 1, maxRuns: 2 });
    gate.add(-50);
    expect(gate.take()).toBe(false);
  });
});

describe('changedChars', () => {
  const node = (nodeName: string, textContent: string) => ({ nodeName, textContent }) as unknown as Node;
  const record = (fields: Partial<{ type: MutationRecordType; target: Node; addedNodes: Node[]; removedNodes: Node[] }>) =>
    ({ type: 'childList', target: node('BODY', ''), addedNodes: [], removedNodes: [], ...fields }) as unknown as MutationRecord;

  it('counts text added, removed and edited', () => {
    const records = [
      record({ addedNodes: [node('DIV', '您有1笔借款已逾期3天')] }),
      record({ removedNodes: [node('P', '加载中')] }),
      record({ type: 'characterData', target: node('#text', '12345') }),
    ];
    expect(changedChars(records, () => false)).toBe('您有1笔借款已逾期3天'.length + 3 + 5);
  });
  it('leaves out scripts and styles', () => {
    expect(changedChars([record({ addedNodes: [node('SCRIPT', 'var a = 1;'.repeat(100)), node('STYLE', 'a{}')] })], () => false)).toBe(0);
  });
  it('stops counting once enough is reached', () => {
    const records = Array.from({ length: 1000 }, () => record({ addedNodes: [node('P', '实时行情更新'.repeat(10))] }));
    expect(changedChars(records, () => false, 100)).toBe(120);
    expect(changedChars(records, () => false, 1)).toBe(60);
  });
  it('leaves out the panel itself', () => {
    const panel = node('DEBT-GUIDE-PANEL', 'x'.repeat(500));
    expect(changedChars([record({ addedNodes: [panel] })], (n) => n === panel)).toBe(0);
    expect(changedChars([record({ type: 'characterData', target: panel })], (n) => n === panel)).toBe(0);
  });
});

describe('burstDelay', () => {
  const options = { debounceMs: 700, maxWaitMs: 3000 };
  it('waits the debounce after each change', () => {
    expect(burstDelay(0, 0, options)).toBe(700);
    expect(burstDelay(0, 1500, options)).toBe(700);
  });
  it('never waits past maxWaitMs from the first change (a storm is still judged)', () => {
    expect(burstDelay(0, 2800, options)).toBe(200);
    expect(burstDelay(0, 3000, options)).toBe(0);
    expect(burstDelay(0, 9000, options)).toBe(0);
  });
});
