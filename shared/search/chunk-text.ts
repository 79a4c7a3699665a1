/**
 * Cuts section text into chunks of a few hundred characters at sentence ends, so excerpts stay short and
 * point at the passage that matched.
 */

/** Target largest chunk, in UTF-16 units; a single sentence longer than this is cut at the limit. */
export const CHUNK_SIZE = 280;

/** Splits after Chinese sentence ends, semicolons and newlines, and after an English full stop before a space. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。！？!?；;\n])|(?<=\.)(?=\s)/u).filter(Boolean);
}

/** Cuts `text` at a code-point boundary no later than `limit`. */
function hardCut(text: string, limit: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let at = limit;
    const code = rest.charCodeAt(at - 1);
    if (code >= 0xd800 && code <= 0xdbff) at -= 1;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) out.push(rest);
  return out;
}

/** Splits a section's text into trimmed, non-empty chunks of at most about `size` characters. */
export function chunkText(text: string, size = CHUNK_SIZE): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences(text.replace(/\r\n?/g, '\n'))) {
    for (const piece of hardCut(sentence, size)) {
      if (current.length + piece.length > size && current.trim()) {
        chunks.push(current.trim());
        current = '';
      }
      current += piece;
    }
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks.map((c) => c.replace(/\s*\n\s*/g, ' '));
}
