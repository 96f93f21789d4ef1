/**
 * Migration step 15: databases made before the reception have no account for customer deposits.
 * Adds the one account of the shop's chart (by role), nothing else, so an owner's chart is not
 * completed behind their back. New shops get it from the preset charts directly.
 */
import type Database from 'better-sqlite3';
import { CHART_PRESETS } from '../ledger/charts';
import { readSetting } from '../settings/app-settings';

export function addDepositAccount(db: Database.Database): void {
  if (db.prepare("SELECT 1 FROM accounts WHERE role = 'customerDeposits'").get()) return;
  const row = CHART_PRESETS[readSetting(db, 'chart')].accounts.find((a) => a[3] === 'customerDeposits');
  if (!row) return;
  const [number, name, type] = row;
  const taken = db.prepare('SELECT id FROM accounts WHERE number = ?').pluck().get(number) as number | undefined;
  if (taken === undefined) db.prepare("INSERT INTO accounts (number, name, type, role) VALUES (?, ?, ?, 'customerDeposits')").run(number, name, type);
  else db.prepare("UPDATE accounts SET role = 'customerDeposits' WHERE id = ? AND role IS NULL").run(taken);
}
