import type { ComponentChildren } from 'preact';

/** A `{name}` template with each placeholder replaced by a node (for emphasis inside translated text). */
export function Fill({ template, parts }: { template: string; parts: Record<string, ComponentChildren> }) {
  const pieces = template.split(/\{(\w+)\}/);
  return <>{pieces.map((piece, i) => (i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece))}</>;
}
