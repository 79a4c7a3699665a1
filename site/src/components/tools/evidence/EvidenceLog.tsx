/** @jsxImportSource preact */
/**
 * The evidence log island: record each collection contact, list them newest first, edit and delete, and
 * move the log in and out as a JSON file. Entries live in IndexedDB on this device only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RuleId } from '@debtguide/shared/messages';
import { translator, type Strings } from '../i18n/format.ts';
import { EntryFormView } from './EntryFormView.tsx';
import { EntryItem } from './EntryItem.tsx';
import { entryFromForm, formOfEntry, type EntryForm, type EntryFormField } from './entry-form.ts';
import { newEntryId, sortNewestFirst, type Entry } from './entry-schema.ts';
import { idbStore } from './idb-store.ts';
import { readExportFile } from './import-file.ts';
import { describeProblem } from './import-messages.ts';
import { mergeEntries } from './merge.ts';
import { memoryStore, type EvidenceStore } from './store.ts';
import { complaintSummary } from './summary.ts';
import { TransferPanel, type ImportReport } from './TransferPanel.tsx';

type Props = { strings: Strings; ruleTitles: Record<string, string> };

export default function EvidenceLog({ strings, ruleTitles }: Props) {
  const t = translator(strings);
  const [store, setStore] = useState<EvidenceStore | null>(null);
  const [storageError, setStorageError] = useState(false);
  /** Opened once; actions taken before it is ready (an early import or save) wait for it instead of failing. */
  const [storeReady] = useState<Promise<EvidenceStore>>(() =>
    idbStore().catch(() => {
      setStorageError(true);
      return memoryStore();
    }),
  );
  const [entries, setEntries] = useState<Entry[]>([]);
  const [editing, setEditing] = useState<Entry | null>(null);
  const [status, setStatus] = useState('');
  const ruleTitle = (id: string) => ruleTitles[id] ?? id;

  const refresh = async (from: EvidenceStore) => setEntries(sortNewestFirst(await from.all()));

  useEffect(() => {
    void storeReady.then(async (opened) => {
      setStore(opened);
      await refresh(opened);
    });
  }, [storeReady]);

  const editingForm = useMemo(() => (editing ? formOfEntry(editing) : null), [editing]);

  const save = async (form: EntryForm): Promise<Partial<Record<EntryFormField, string>>> => {
    const store = await storeReady;
    const outcome = entryFromForm(form, { now: new Date(), id: newEntryId(), ...(editing ? { existing: editing } : {}) });
    if (!outcome.ok) return outcome.errors;
    try {
      await store.putMany([outcome.entry]);
    } catch (error) {
      setStatus(t('evidence.error.write', { detail: error instanceof Error ? error.message : String(error) }));
      return {};
    }
    setStatus(t(editing ? 'evidence.updated' : 'evidence.saved'));
    setEditing(null);
    await refresh(store);
    return {};
  };

  const remove = async (entry: Entry) => {
    const store = await storeReady;
    await store.remove(entry.id);
    if (editing?.id === entry.id) setEditing(null);
    setStatus(t('evidence.deleted'));
    await refresh(store);
    document.getElementById('dg-evidence-list')?.focus();
  };

  const importText = async (text: string): Promise<ImportReport> => {
    const read = readExportFile(text);
    if (!read.ok) return { ok: false, problems: read.problems.map((problem) => describeProblem(problem, t)) };
    const store = await storeReady;
    const merged = mergeEntries(await store.all(), read.file.entries);
    try {
      await store.putMany(merged.toWrite);
    } catch (error) {
      return { ok: false, problems: [t('evidence.error.write', { detail: error instanceof Error ? error.message : String(error) })] };
    }
    await refresh(store);
    return { ok: true, message: t('evidence.import.done', { added: merged.added, updated: merged.updated, unchanged: merged.unchanged }) };
  };

  return (
    <div class="dg-tool dg-evidence">
      <h2>{t('evidence.heading')}</h2>
      <p class="dg-note">{t('common.localOnly')}</p>
      {storageError ? <p class="dg-warning" role="alert">{t('evidence.storageError')}</p> : null}
      <EntryFormView strings={strings} editing={editingForm} onSave={save} onCancel={() => setEditing(null)} />
      <p class="dg-status" role="status" aria-live="polite" data-testid="evidence-status">{status}</p>
      <section class="dg-entries" aria-labelledby="dg-evidence-list">
        <h3 id="dg-evidence-list" tabIndex={-1}>{t('evidence.list.heading', { n: entries.length })}</h3>
        {store === null ? <p class="dg-hint">{t('evidence.loading')}</p> : null}
        {store !== null && entries.length === 0 ? <p class="dg-hint">{t('evidence.list.empty')}</p> : null}
        <ol class="dg-entry-list" data-testid="evidence-list">
          {entries.map((entry) => (
            <EntryItem key={entry.id} entry={entry} strings={strings} ruleTitle={ruleTitle} onDelete={remove}
              onEdit={(chosen) => {
                setEditing(chosen);
                document.getElementById('dg-evidence-form-heading')?.scrollIntoView({ block: 'start' });
                document.getElementById('dg-evidence-at')?.focus();
              }} />
          ))}
        </ol>
      </section>
      <TransferPanel entries={entries} strings={strings} onImport={importText}
        summarise={() => complaintSummary(entries, { t, ruleTitle: (id: RuleId) => ruleTitle(id), now: new Date() })} />
    </div>
  );
}
