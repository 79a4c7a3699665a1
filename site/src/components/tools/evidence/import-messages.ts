/** An import problem in the reader's words: which entry, which field, what is wrong. */
import type { ImportProblem } from './import-file.ts';

type T = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

export function describeProblem(problem: ImportProblem, t: T): string {
  switch (problem.kind) {
    case 'empty':
      return t('evidence.import.empty');
    case 'tooLarge':
      return t('evidence.import.tooLarge');
    case 'notJson':
      return t('evidence.import.notJson', { detail: problem.detail });
    case 'notLog':
      return t('evidence.import.notLog');
    case 'version':
      return t('evidence.import.version', { found: problem.found });
    case 'duplicateId':
      return t('evidence.import.duplicateId', { n: problem.entry, id: problem.id });
    case 'field': {
      const where = problem.entry === null ? t('evidence.import.fileWhere') : t('evidence.import.entryWhere', { n: problem.entry });
      const detail = t(`evidence.import.detail.${problem.detail}`, { expected: problem.expected });
      return t('evidence.import.field', { where, field: problem.field, detail });
    }
  }
}
