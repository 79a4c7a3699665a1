/** @jsxImportSource preact */
/** A tool's result figures as a definition list: the first is the main one, shown large. */
export type Figure = { label: string; value: string; testId?: string };

export function FigureList({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl class="dg-figures">
      {figures.map((figure, index) => (
        <div key={figure.label} class={index === 0 ? 'dg-figure dg-figure-main' : 'dg-figure'}>
          <dt>{figure.label}</dt>
          <dd data-testid={figure.testId}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
