/** @jsxImportSource preact */
/** Export to a versioned JSON file, import with validation (nothing changes on a bad file), and the complaint summary. */
import { useState } from 'preact/hooks';
import type { Strings } from '../i18n/format.ts';
import { copyText, downloadText } from '../ui/clipboard.ts';
import { toExportFile, type Entry } from './entry-schema.ts';

export type ImportReport = { ok: true; message: string } | { ok: false; problems: string[] };

type Props = {
  entries: readonly Entry[];
  strings: Strings;
  summarise: () => string;
  onImport: (text: string) => Promise<ImportReport>;
};

const today = () => new Date().toISOString().slice(0, 10);

export function TransferPanel({ entries, strings, summarise, onImport }: Props) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [copied, setCopied] = useState('');

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setReport(await onImport(await file.text()));
    input.value = '';
  };

  return (
    <section class="dg-transfer" aria-labelledby="dg-transfer-heading">
      <h3 id="dg-transfer-heading">{strings['evidence.transfer.heading']}</h3>
      <p class="dg-note">{strings['evidence.transfer.note']}</p>
      <div class="dg-actions">
        <button type="button" class="dg-button" onClick={() =>
          downloadText(`debtguide-evidence-${today()}.json`, JSON.stringify(toExportFile(entries, new Date()), null, 2), 'application/json')}>
          {strings['evidence.export']}
        </button>
        <label class="dg-button dg-file-button">
          {strings['evidence.import.label']}
          <input type="file" accept=".json,application/json" class="dg-visually-hidden" data-testid="evidence-import" onChange={importFile} />
        </label>
        <button type="button" class="dg-button" onClick={() => { setSummary(summarise()); setCopied(''); }}>
          {strings['evidence.summary.make']}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="evidence-import-report">
        {report?.ok ? <p class="dg-ok">{report.message}</p> : null}
      </div>
      {report && !report.ok ? (
        <div class="dg-error-box" role="alert" data-testid="evidence-import-error">
          <p><strong>{strings['evidence.import.failed']}</strong></p>
          <ul>{report.problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      ) : null}
      {summary !== null ? (
        <div class="dg-field dg-summary">
          <label for="dg-evidence-summary">{strings['evidence.summary.label']}</label>
          <textarea id="dg-evidence-summary" readOnly rows={12} value={summary} />
          <div class="dg-actions">
            <button type="button" class="dg-button" onClick={async () =>
              setCopied(strings[(await copyText(summary)) ? 'common.copied' : 'common.copyFailed'] ?? '')}>
              {strings['evidence.summary.copy']}
            </button>
            <button type="button" class="dg-button" onClick={() => downloadText(`debtguide-summary-${today()}.txt`, summary)}>
              {strings['evidence.summary.download']}
            </button>
          </div>
          <p role="status" aria-live="polite">{copied}</p>
        </div>
      ) : null}
    </section>
  );
}
