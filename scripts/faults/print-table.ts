// The suite's one output a person reads: scenario | requests | errors | invariant | verdict.
export type ScenarioRow = {
  scenario: string;
  requests: number;
  /** Answers the scenario did not expect (a 5xx, a refused good request, a wrong status). */
  errors: number;
  /** "通过" or the broken invariants. */
  invariant: string;
  verdict: "通过" | "失败";
  /** Latency, throughput and what was checked, printed under the table. */
  notes: string[];
};

// CJK characters take two columns in a terminal.
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - widthOf(text)));

export function formatTable(rows: ScenarioRow[]): string {
  const header = ["scenario", "requests", "errors", "invariant", "verdict"];
  const cells = rows.map((row) => [row.scenario, String(row.requests), String(row.errors), row.invariant, row.verdict]);
  const widths = header.map((title, column) => Math.max(widthOf(title), ...cells.map((line) => widthOf(line[column]))));
  const line = (values: string[]) => `| ${values.map((value, column) => pad(value, widths[column])).join(" | ")} |`;
  const rule = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  const notes = rows.flatMap((row) => row.notes.map((note) => `  ${row.scenario}: ${note}`));
  return [line(header), rule, ...cells.map(line), "", ...notes].join("\n");
}
