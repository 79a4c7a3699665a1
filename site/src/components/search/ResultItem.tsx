/** @jsxImportSource preact */
/** One search result: title, section, and the excerpt with the query's terms marked. */
import { useEffect, useRef } from 'preact/hooks';
import type { SearchResult } from '@debtguide/shared/search';
import { markTerms } from './mark-terms.ts';

type Props = {
  id: string;
  result: SearchResult;
  query: string;
  section: string;
  selected: boolean;
  onSelect: () => void;
  onHover: () => void;
};

function Marked({ text, query }: { text: string; query: string }) {
  return <>{markTerms(text, query).map((run) => (run.mark ? <mark>{run.text}</mark> : run.text))}</>;
}

export function ResultItem({ id, result, query, section, selected, onSelect, onHover }: Props) {
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) item.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li ref={item} id={id} role="option" aria-selected={selected} class="search-result" onClick={onSelect} onMouseMove={onHover}>
      <span class="search-result-title"><Marked text={result.title} query={query} /></span>
      <span class="search-result-where">
        {section}
        {result.sectionHeading ? ` · ${result.sectionHeading}` : ''}
      </span>
      {result.excerpt ? <span class="search-result-excerpt"><Marked text={result.excerpt} query={query} /></span> : null}
    </li>
  );
}
