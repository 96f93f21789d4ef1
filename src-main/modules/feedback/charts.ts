/**
 * The improvement charts over a range of local days: top complaints by product, the most asked-for
 * items (wishes and lost sales, by product or by the words used), and lost-sale value per week or
 * month with empty periods included so the bars line up with the calendar.
 */
import type { ChartBar, FeedbackCharts } from '../../../src-shared/contract/feedback';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';

const TOP = 10;
/** About ten years of months or two of weeks: enough for any chart a screen can show. */
const MAX_PERIODS = 120;

export interface ChartsQuery { from: string; to: string; bucket: 'week' | 'month' }

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the week (Monday) or month a day falls in. */
export function periodStart(day: string, bucket: 'week' | 'month'): string {
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return dayOf(date);
}

function nextPeriod(start: string, bucket: 'week' | 'month'): string {
  const date = utc(start);
  if (bucket === 'week') date.setUTCDate(date.getUTCDate() + 7);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return dayOf(date);
}

/** Free text asked for, compared without case and extra spaces ("Hafermilch " = "hafermilch"). */
const textKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

export function feedbackCharts(ctx: Ctx, q: ChartsQuery): FeedbackCharts {
  const starts: string[] = [];
  for (let s = periodStart(q.from, q.bucket); s <= q.to; s = nextPeriod(s, q.bucket)) {
    starts.push(s);
    if (starts.length > MAX_PERIODS) {
      throw new AppError('VALIDATION', `Choose a range of at most ${MAX_PERIODS} ${q.bucket}s.`, { details: { reason: 'feedbackRangeTooLong', max: MAX_PERIODS } });
    }
  }
  const range = { from: q.from, to: q.to };

  const topComplaints = ctx.db.prepare(
    `SELECT f.product_id AS productId, p.name AS label, count(*) AS count
     FROM feedback_items f LEFT JOIN products p ON p.id = f.product_id
     WHERE f.kind = 'complaint' AND f.recorded_on BETWEEN @from AND @to
     GROUP BY f.product_id ORDER BY count DESC, label IS NULL, label COLLATE NOCASE LIMIT ${TOP}`,
  ).all(range) as ChartBar[];

  const asked = ctx.db.prepare(
    `SELECT f.product_id AS productId, p.name AS productName, f.text, coalesce(f.quantity, 0) AS quantity
     FROM feedback_items f LEFT JOIN products p ON p.id = f.product_id
     WHERE f.kind IN ('wish', 'lostSale') AND f.recorded_on BETWEEN @from AND @to ORDER BY f.id`,
  ).all(range) as { productId: number | null; productName: string | null; text: string; quantity: number }[];
  const bars = new Map<string, ChartBar & { quantity: number }>();
  for (const a of asked) {
    const key = a.productId !== null ? `p${a.productId}` : `t${textKey(a.text)}`;
    const bar = bars.get(key) ?? { productId: a.productId, label: a.productName ?? a.text.trim(), count: 0, quantity: 0 };
    bar.count += 1;
    bar.quantity += a.quantity;
    bars.set(key, bar);
  }
  const mostAsked = [...bars.values()].sort((a, b) => b.count - a.count || b.quantity - a.quantity || (a.label ?? '').localeCompare(b.label ?? '')).slice(0, TOP);

  const lost = ctx.db.prepare(
    `SELECT recorded_on AS day, value_cents AS value FROM feedback_items WHERE kind = 'lostSale' AND recorded_on BETWEEN @from AND @to`,
  ).all(range) as { day: string; value: number }[];
  const perPeriod = new Map(starts.map((start) => [start, { start, valueCents: 0, count: 0 }]));
  for (const l of lost) {
    const period = perPeriod.get(periodStart(l.day, q.bucket))!;
    period.valueCents += l.value;
    period.count += 1;
  }
  return { topComplaints, mostAsked, lostValue: [...perPeriod.values()] };
}
