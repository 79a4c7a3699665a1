/** @jsxImportSource preact */
/**
 * One labelled text field of a tool's form: label, hint, input and its error, wired for screen readers
 * (aria-describedby names the hint and the error, aria-invalid marks a wrong value). The caller gives the
 * texts already translated and decides whether an error is shown.
 */
type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  /** The error text to show, or undefined for none. */
  error?: string | undefined;
  inputMode?: 'decimal' | 'numeric' | 'text';
  onInput: (value: string) => void;
};

export function TextField({ id, label, hint, value, error, inputMode = 'decimal', onInput }: Props) {
  const described = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div class="dg-field">
      <label for={id}>{label}</label>
      {hint ? <p id={`${id}-hint`} class="dg-hint">{hint}</p> : null}
      <input id={id} type="text" inputMode={inputMode} autoComplete="off" value={value} aria-invalid={error ? 'true' : undefined}
        aria-describedby={described} onInput={(e) => onInput(e.currentTarget.value)} />
      {error ? <p id={`${id}-error`} class="dg-error">{error}</p> : null}
    </div>
  );
}
