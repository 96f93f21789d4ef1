import { it } from 'vitest';
import { testCore } from '../helpers/core';
import { timeCalls } from './reference';
import { resolveSession } from '../../src-main/modules/auth/service';
it('probe', () => {
  const b = testCore(); b.loadDemo(); const token = b.signInPin('1111'); const db = b.core.db;
  const now = b.clock.now().toISOString();
  console.log(db.prepare("select name, sql from sqlite_schema where type='trigger'").all());
  const L = ['en', 'de'];
  const sid = resolveSession(db, token, now)!.staffId;
  const u = db.prepare('UPDATE staff SET language = ? WHERE id = ?');
  const tx = db.transaction((l: string) => u.run(l, sid));
  const p = (n: string, f: (i: number) => void) => console.log(n, timeCalls(500, f, 50).meanMs.toFixed(4));
  for (let r = 0; r < 2; r++) {
    p('raw en/de', (i) => tx.immediate(L[i % 2]!));
    p('session + raw en/de', (i) => { resolveSession(db, token, now); tx.immediate(L[i % 2]!); });
    p('read + raw en/de', (i) => { db.prepare('select 1 from staff where id = ?').get(sid); tx.immediate(L[i % 2]!); });
    p('command en/de', (i) => b.invoke('auth.setLanguage', { language: L[i % 2] }));
    p('raw en/de via fresh tx fn', (i) => db.transaction((l: string) => db.prepare('UPDATE staff SET language = ? WHERE id = ?').run(l, sid)).immediate(L[i % 2]!));
  }
  console.log(db.pragma('wal_autocheckpoint'), db.pragma('cache_size'), db.pragma('page_size'));
  b.close();
});
