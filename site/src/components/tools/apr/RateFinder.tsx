/** @jsxImportSource preact */
/** "Paste a rate from a page": runs the shared rate finder over pasted text and offers each quote to the calculator. */
import { useState } from 'preact/hooks';
import { findRates, type RateQuote } from '@debtguide/shared/rates';
import { format, percent, type Strings } from '../i18n/format.ts';

type Props = { strings: Strings; onUse: (quote: RateQuote) => void };

export function RateFinder({ strings, onUse }: Props) {
  const [text, setText] = useState('');
  const [quotes, setQuotes] = useState<RateQuote[] | null>(null);
  return (
    <section class="dg-finder" aria-labelledby="dg-finder-heading">
      <h3 id="dg-finder-heading">{strings['apr.finder.heading']}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setQuotes(findRates(text));
        }}
      >
        <label for="dg-finder-text">{strings['apr.finder.label']}</label>
        <p id="dg-finder-hint" class="dg-hint">{strings['apr.finder.hint']}</p>
        <textarea id="dg-finder-text" rows={3} value={text} aria-describedby="dg-finder-hint" onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="dg-button">{strings['apr.finder.button']}</button>
      </form>
      <div aria-live="polite">
        {quotes === null ? null : quotes.length === 0 ? (
          <p>{strings['apr.finder.none']}</p>
        ) : (
          <>
            <p>{format(strings['apr.finder.found'] ?? '', { n: quotes.length })}</p>
            <ul class="dg-quote-list">
              {quotes.map((quote) => (
                <li key={`${quote.start}-${quote.end}`}>
                  <q>{quote.quote}</q>{' '}
                  <span class="dg-hint">
                    {format(strings[`apr.finder.basis.${quote.basis}`] ?? quote.basis, { terms: quote.terms ?? 12 })}
                    {quote.assumedTerms ? `（${strings['apr.finder.assumed']}）` : ''}
                    {quote.qualifier ? ` · ${strings[`apr.finder.qualifier.${quote.qualifier}`] ?? quote.qualifier}` : ''}
                  </span>
                  <br />
                  <span>{format(strings['apr.finder.result'] ?? '', { apr: percent(quote.apr), compounded: percent(quote.compounded) })}</span>{' '}
                  <button type="button" class="dg-button dg-button-quiet" onClick={() => onUse(quote)}>
                    {strings['apr.finder.use']}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
