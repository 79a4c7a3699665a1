import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json' with { type: 'json' };
import zhHans from '../i18n/zh-hans.json' with { type: 'json' };
import { translator } from '../i18n/format.ts';
import type { ImportProblem } from './import-file.ts';
import { describeProblem } from './import-messages.ts';

describe('describeProblem', () => {
  const t = translator(en);

  it('names the record, the field and what is wrong', () => {
    expect(describeProblem({ kind: 'field', entry: 2, field: 'channel', detail: 'options', expected: 'phone, sms' }, t)).toBe(
      'Record 2, field “channel”: not an allowed value (should be one of phone, sms).',
    );
    expect(describeProblem({ kind: 'field', entry: null, field: 'exportedAt', detail: 'missing', expected: 'string' }, t)).toBe(
      'The file, field “exportedAt”: missing.',
    );
  });

  it('explains a file that is not a log or of another version', () => {
    expect(describeProblem({ kind: 'notLog' }, t)).toContain('debtguide-evidence-log');
    expect(describeProblem({ kind: 'version', found: '2' }, t)).toBe('The file is version 2; this tool reads version 1 only.');
    expect(describeProblem({ kind: 'duplicateId', entry: 3, id: 'abc12345' }, translator(zhHans))).toBe(
      '第3条记录的编号（abc12345）和前面的记录重复。',
    );
  });

  it('leaves no key untranslated for any kind of problem', () => {
    const problems: ImportProblem[] = [
      { kind: 'empty' }, { kind: 'tooLarge' }, { kind: 'notJson', detail: 'x' }, { kind: 'notLog' }, { kind: 'version', found: '0' },
      ...(['missing', 'type', 'options', 'format', 'tooLong', 'invalid'] as const).map(
        (detail): ImportProblem => ({ kind: 'field', entry: 1, field: 'at', detail, expected: 'e' }),
      ),
    ];
    for (const problem of problems) expect(describeProblem(problem, t)).not.toMatch(/evidence\.import/);
  });
});
