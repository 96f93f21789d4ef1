/**
 * Shifts from a person's effective clock records (pure). The records must form the sequence
 * in → (breakStart → breakEnd)* → out with strictly increasing times; the first record that breaks
 * it is reported as a problem with a reason key. A shift still open when a later day's clock-in
 * comes, or still open from an earlier day now, is a forgotten clock-out: it stays in the list,
 * flagged, and counts 0 minutes until the owner corrects it. Minutes are whole minutes, cut down
 * (a partial minute does not count).
 */
import type { ClockAction, ClockState, Shift } from '../../../src-shared/contract/staff';
import { localDay } from '../../core/clock';

/** One effective record: a clock event nothing later replaced or removed. */
export interface ClockRecord {
  id: number;
  kind: ClockAction;
  /** ISO-8601 UTC, normalised (toISOString), so string order is time order. */
  at: string;
  corrected: boolean;
}

export type SequenceReason = 'clockEqualTimes' | 'clockShiftsOverlap' | 'clockBreakOutsideShift' | 'clockOutWithoutIn' | 'clockOutDuringBreak';

export interface SequenceProblem {
  reason: SequenceReason;
  eventId: number;
  message: string;
}

interface Draft {
  inEventId: number;
  in: string;
  out: string | null;
  breaks: { start: string; end: string | null }[];
  corrected: boolean;
  /** Closed by a later day's clock-in without a clock-out. */
  forgotten: boolean;
}

const MINUTE = 60_000;
const dayOf = (iso: string) => localDay(new Date(iso));
const onBreak = (shift: Draft) => shift.breaks.at(-1)?.end === null;

const MESSAGES: Record<SequenceReason, string> = {
  clockEqualTimes: 'Two clock records would have the same time.',
  clockShiftsOverlap: 'A clock-in would fall inside another shift of the same day.',
  clockBreakOutsideShift: 'A break would lie outside a shift, or start or end twice.',
  clockOutWithoutIn: 'A clock-out would come without a clock-in before it.',
  clockOutDuringBreak: 'A clock-out would fall inside a break; end the break first.',
};

/** Applies one record to the open shift; returns the new open shift, or the reason it does not fit. */
function apply(shifts: Draft[], open: Draft | null, r: ClockRecord): Draft | null | SequenceReason {
  switch (r.kind) {
    case 'in': {
      if (open) {
        // Only a shift from an earlier day may be left open: that clock-out was forgotten.
        if (dayOf(open.in) >= dayOf(r.at)) return 'clockShiftsOverlap';
        open.forgotten = true;
      }
      const next: Draft = { inEventId: r.id, in: r.at, out: null, breaks: [], corrected: r.corrected, forgotten: false };
      shifts.push(next);
      return next;
    }
    case 'breakStart':
      if (!open || onBreak(open)) return 'clockBreakOutsideShift';
      open.breaks.push({ start: r.at, end: null });
      return open;
    case 'breakEnd': {
      const last = open?.breaks.at(-1);
      if (!open || !last || last.end !== null) return 'clockBreakOutsideShift';
      last.end = r.at;
      return open;
    }
    case 'out':
      if (!open) return 'clockOutWithoutIn';
      if (onBreak(open)) return 'clockOutDuringBreak';
      open.out = r.at;
      return null;
  }
}

function finish(d: Draft, now: Date): Shift {
  const breaks = d.breaks.map((b) => ({ start: b.start, end: b.end }));
  const flags: Shift['flags'] = [];
  if (d.corrected) flags.push('corrected');
  if (d.out === null && (d.forgotten || dayOf(d.in) < localDay(now))) {
    flags.unshift('forgottenClockOut');
    return { inEventId: d.inEventId, in: d.in, out: null, breaks, workedMinutes: 0, breakMinutes: 0, flags };
  }
  if (d.out === null) flags.unshift('running');
  const end = d.out ? Date.parse(d.out) : now.getTime();
  const breakMs = d.breaks.reduce((sum, b) => sum + Math.max(0, (b.end ? Date.parse(b.end) : end) - Date.parse(b.start)), 0);
  const spanMs = Math.max(0, end - Date.parse(d.in));
  return {
    inEventId: d.inEventId, in: d.in, out: d.out, breaks,
    workedMinutes: Math.floor(Math.max(0, spanMs - breakMs) / MINUTE),
    breakMinutes: Math.floor(breakMs / MINUTE),
    flags,
  };
}

/** The shifts of time-ordered effective records, or the first record that does not fit. */
export function buildShifts(records: readonly ClockRecord[], now: Date): { shifts: Shift[] } | { problem: SequenceProblem } {
  const drafts: Draft[] = [];
  let open: Draft | null = null;
  let previous: ClockRecord | null = null;
  for (const r of records) {
    const next: Draft | null | SequenceReason = previous && r.at <= previous.at ? 'clockEqualTimes' : apply(drafts, open, r);
    if (typeof next === 'string') return { problem: { reason: next, eventId: r.id, message: MESSAGES[next] } };
    if (r.corrected && next) next.corrected = true;
    if (r.corrected && r.kind === 'out' && open) open.corrected = true;
    open = next;
    previous = r;
  }
  return { shifts: drafts.map((d) => finish(d, now)) };
}

export interface ClockPosition {
  state: ClockState;
  since: string | null;
  /** The clock-in of the latest shift whose clock-out was forgotten and not yet corrected. */
  forgottenClockOut: string | null;
}

/** Where a person stands: only a shift begun today can be running. */
export function clockPosition(shifts: readonly Shift[]): ClockPosition {
  const forgotten = shifts.filter((s) => s.flags.includes('forgottenClockOut')).at(-1);
  const forgottenClockOut = forgotten ? forgotten.in : null;
  const last = shifts.at(-1);
  if (!last?.flags.includes('running')) return { state: 'off', since: null, forgottenClockOut };
  const lastBreak = last.breaks.at(-1);
  if (lastBreak && lastBreak.end === null) return { state: 'break', since: lastBreak.start, forgottenClockOut };
  return { state: 'in', since: last.in, forgottenClockOut };
}

/** What the clock lets a person do next. */
export function allowedActions(state: ClockState): ClockAction[] {
  if (state === 'in') return ['breakStart', 'out'];
  if (state === 'break') return ['breakEnd'];
  return ['in'];
}
