import { segments, type Range } from '../lib/highlight.ts';

/** Text with search-hit ranges wrapped in <mark>; everything is rendered as text nodes. */
export function Highlighted({ text, ranges }: { text: string; ranges?: readonly Range[] | null }) {
  return (
    <>
      {segments(text, ranges).map((s, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and static
        s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}
