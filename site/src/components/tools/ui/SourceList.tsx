/** @jsxImportSource preact */
/**
 * A list of legal sources, each with how binding it is (an industry code says "not law") and how far it
 * has been checked, and the law's own words where the source quotes them. Takes page citations and rule law
 * references alike.
 */
import type { Strings } from '../i18n/format.ts';

export type Source = {
  document: string;
  article?: string | undefined;
  binding: string;
  confidence: string;
  note?: string | undefined;
  url?: string | undefined;
  /** The article's words (Chinese), checked against the law library. */
  quote?: readonly string[] | undefined;
};

export function SourceList({ sources, strings }: { sources: readonly Source[]; strings: Strings }) {
  return (
    <ul class="dg-sources">
      {sources.map((source) => (
        <li key={`${source.document}${source.article ?? ''}`}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" target="_blank">{source.document}</a>
          ) : (
            <span>{source.document}</span>
          )}
          {source.article ? <span> {source.article}</span> : null}
          <span class={`dg-badge dg-binding-${source.binding}`}>{strings[`common.binding.${source.binding}`] ?? source.binding}</span>
          {source.confidence !== 'verified' ? (
            <span class="dg-badge dg-confidence">{strings[`common.confidence.${source.confidence}`] ?? source.confidence}</span>
          ) : null}
          {source.note ? <p class="dg-source-note">{source.note}</p> : null}
          {source.quote?.map((words) => (
            <blockquote key={words} class="dg-source-quote" lang="zh">{words}</blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}
