/**
 * A rewritten string that remembers where each of its UTF-16 units came from in the original, so a match
 * found in rewritten text (spaces taken out, pinyin turned back into characters, emoji into words) can be
 * shown to the user as the exact words of the original message.
 */

/** Text plus, for every UTF-16 unit, the original span [from, to) it stands for. */
export type MappedText = {
  readonly text: string;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Length of the original string. */
  readonly originalLength: number;
};

/** Builds a MappedText piece by piece; each piece stands for one original span. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private froms: number[] = [];
  private tos: number[] = [];

  /** Appends `piece`, every unit of which stands for original [from, to). */
  push(piece: string, from: number, to: number): void {
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) {
      this.froms.push(from);
      this.tos.push(to);
    }
  }

  build(originalLength: number): MappedText {
    return { text: this.parts.join(''), from: Int32Array.from(this.froms), to: Int32Array.from(this.tos), originalLength };
  }
}

/** The identity mapping of `text` (each unit stands for itself). */
export function identityMapped(text: string): MappedText {
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text, from, to, originalLength: text.length };
}

/** The original span [start, end) behind rewritten units [start, end). An empty span maps to a point. */
export function originalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < mapped.text.length ? mapped.from[start]! : mapped.originalLength;
    return { start: at, end: at };
  }
  let from = mapped.from[start]!;
  let to = mapped.to[end - 1]!;
  for (let i = start; i < end; i++) {
    if (mapped.from[i]! < from) from = mapped.from[i]!;
    if (mapped.to[i]! > to) to = mapped.to[i]!;
  }
  return { start: from, end: to };
}

/**
 * Runs one rewriting step over mapped text: `step` reads the current text and emits pieces, each naming the
 * span [from, to) of the *current* text it replaces; the result maps straight back to the first original.
 */
export function remap(
  mapped: MappedText,
  step: (text: string, emit: (piece: string, from: number, to: number) => void) => void,
): MappedText {
  const builder = new MappedTextBuilder();
  step(mapped.text, (piece, from, to) => {
    if (to <= from) return;
    const span = originalSpan(mapped, from, to);
    builder.push(piece, span.start, span.end);
  });
  return builder.build(mapped.originalLength);
}
