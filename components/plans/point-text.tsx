/** The point's verbatim text, with the words that set each target marked (an added target may have none). */
export function PointText({ text, highlights }: { text: string; highlights: string[] }) {
  const marks = highlights
    .filter((phrase) => phrase.trim() !== "")
    .map((phrase) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length }))
    .filter((mark) => mark.start >= 0)
    .sort((a, b) => a.start - b.start)
    .filter((mark, index, all) => index === 0 || mark.start >= all[index - 1].end);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const mark of marks) {
    parts.push(text.slice(cursor, mark.start));
    parts.push(
      <mark key={mark.start} className="rounded bg-amber-100 px-0.5">
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    cursor = mark.end;
  }
  parts.push(text.slice(cursor));
  return <p className="leading-relaxed text-slate-800">{parts}</p>;
}
