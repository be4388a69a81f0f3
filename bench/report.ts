/** The benchmark's table: each figure next to its target, and whether the target is met. */

export interface Figure {
  measure: string;
  /** The figure as printed, e.g. "1.04× (app 5.21 s / direct 5.01 s)". */
  result: string;
  target: string;
  /** null: shown for context, with no target of its own. */
  met: boolean | null;
}

export function markdownTable(figures: Figure[]): string {
  const rows = [
    ["Measure", "Result", "Target", "Met"],
    ...figures.map((figure) => [figure.measure, figure.result, figure.target, met(figure)]),
  ].map((cells) => cells.map((cell) => cell.replaceAll("|", "\\|")));
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  return [
    line(rows[0]!),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.slice(1).map(line),
  ].join("\n");
}

const met = (figure: Figure) => (figure.met === null ? "–" : figure.met ? "yes" : "**no**");

export const README_START = "<!-- bench:start -->";
export const README_END = "<!-- bench:end -->";

/** The README with the text between the bench markers replaced; throws when they are missing. */
export function withSection(readme: string, section: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) {
    throw new Error(`README.md lacks the ${README_START} … ${README_END} markers`);
  }
  // Blank lines around the section, as Prettier formats Markdown.
  return `${readme.slice(0, start + README_START.length)}\n\n${section.trim()}\n\n${readme.slice(end)}`;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms: number) => `${ms.toFixed(1)} ms`;
export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
