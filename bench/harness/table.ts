import type { BenchResult, BenchTarget } from './result.js';

/** Milliseconds with three significant digits (0.0123, 1.23, 123). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(ms))));
  return ms.toFixed(Math.min(digits, 4));
}

function formatRatio(ratio: number | null): string {
  if (ratio === null) return '-';
  if (ratio >= 10) return `${ratio.toFixed(0)}x`;
  return ratio >= 0.1 ? `${ratio.toFixed(2)}x` : `${ratio.toPrecision(2)}x`;
}

function formatTarget(target: BenchTarget | null): string {
  if (target === null) return '-';
  const parts: string[] = [];
  if (target.maxRatio !== undefined) parts.push(`<= ${String(target.maxRatio)}x`);
  if (target.maxMedianMs !== undefined) parts.push(`<= ${String(target.maxMedianMs)} ms`);
  return target.source === 'floor' ? `${parts.join(', ')} (floor)` : parts.join(', ');
}

function formatMet(met: boolean | null): string {
  if (met === null) return '-';
  return met ? 'yes' : 'NO';
}

const HEADER = [
  'group',
  'benchmark',
  'median ms',
  'p25-p75 ms',
  'MAD ms',
  'n',
  'baseline ms',
  'ratio',
  'target',
  'met',
];

function cells(result: BenchResult): string[] {
  return [
    result.group,
    result.name,
    formatMs(result.median),
    `${formatMs(result.p25)}-${formatMs(result.p75)}`,
    formatMs(result.mad),
    String(result.iterations),
    result.baseline === null ? '-' : formatMs(result.baseline.median),
    formatRatio(result.ratio),
    formatTarget(result.target),
    formatMet(result.met),
  ];
}

/** The results as a Markdown table (readable in a terminal as well). */
export function resultsTable(results: readonly BenchResult[]): string {
  const rows = [HEADER, ...results.map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(HEADER), rule, ...rows.slice(1).map(line)].join('\n');
}

/** What each row compared against, one line per row with a baseline. */
export function baselineLegend(results: readonly BenchResult[]): string {
  return results
    .map((result) => {
      const baseline = result.baseline === null ? '' : `; baseline = ${result.baseline.name}`;
      const parts = Object.entries(result.breakdown ?? {})
        .map(([part, ms]) => `${part} ${formatMs(ms)}`)
        .join(', ');
      return `- ${result.name}: ${result.operation}${baseline}${parts === '' ? '' : ` (medians: ${parts})`}.`;
    })
    .join('\n');
}
