/**
 * Bench reporting: a plain table on stdout and `out/bench/results.json`. Every row is a time next
 * to the raw-SQLite reference measured in the same run, and their ratio; the ratio is the figure
 * to compare between runs and machines, the milliseconds are only context.
 *
 * Each bench file reports under its own suite name; writing a suite replaces that suite's rows in
 * results.json and keeps the other suites', so the file holds the latest figures of every module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  name: string;
  /** The measured time in milliseconds (per call or per transaction unless the name says otherwise). */
  ms: number;
  /** The reference time it is compared against, in milliseconds. */
  referenceMs: number;
  /** ms / referenceMs. */
  ratio: number;
  /** Optional context, e.g. the sample count or which statistic `ms` is. */
  note?: string;
}

export interface SuiteResult {
  at: string;
  rows: BenchRow[];
  /** Raw figures worth keeping alongside the rows (e.g. the full reference measurement). */
  extra?: Record<string, unknown>;
}

export interface ResultsFile {
  updatedAt: string;
  suites: Record<string, SuiteResult>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = path.join(ROOT, 'out', 'bench');
export const RESULTS_FILE = path.join(RESULTS_DIR, 'results.json');

/** A row with its ratio computed. */
export function benchRow(name: string, ms: number, referenceMs: number, note?: string): BenchRow {
  const row: BenchRow = { name, ms, referenceMs, ratio: ms / referenceMs };
  if (note !== undefined) row.note = note;
  return row;
}

function fmt(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}

/** The rows as an aligned text table. */
export function formatTable(title: string, rows: readonly BenchRow[]): string {
  const header = ['name', 'value ms', 'reference ms', 'ratio', 'note'];
  const body = rows.map((r) => [r.name, fmt(r.ms, 4), fmt(r.referenceMs, 4), `${fmt(r.ratio, 2)}x`, r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] as string).length)));
  const numeric = [false, true, true, true, false];
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric[i] ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [`\n== bench: ${title} ==`, line(header), rule, ...body.map(line), ''].join('\n');
}

export function printTable(title: string, rows: readonly BenchRow[]): void {
  console.log(formatTable(title, rows));
}

function readResults(): ResultsFile {
  try {
    const parsed = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as Partial<ResultsFile>;
    if (parsed && typeof parsed === 'object' && parsed.suites && typeof parsed.suites === 'object') {
      return { updatedAt: String(parsed.updatedAt ?? ''), suites: parsed.suites };
    }
  } catch {
    // missing or unreadable: start afresh
  }
  return { updatedAt: '', suites: {} };
}

/** Replaces `suite` in out/bench/results.json (creating the folder) and returns the file's path. */
export function writeResults(suite: string, rows: readonly BenchRow[], extra?: Record<string, unknown>): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const results = readResults();
  const at = new Date().toISOString();
  const entry: SuiteResult = { at, rows: [...rows] };
  if (extra !== undefined) entry.extra = extra;
  results.suites[suite] = entry;
  results.updatedAt = at;
  // JSON has no Infinity/NaN; write them as null rather than failing.
  const json = JSON.stringify(results, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2);
  fs.writeFileSync(RESULTS_FILE, `${json}\n`);
  return RESULTS_FILE;
}

/** Prints the table and writes the suite to results.json. */
export function report(suite: string, rows: readonly BenchRow[], extra?: Record<string, unknown>): string {
  printTable(suite, rows);
  return writeResults(suite, rows, extra);
}
