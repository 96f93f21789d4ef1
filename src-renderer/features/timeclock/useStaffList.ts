/** Everyone who ever worked here (the staff screens' person lists), refreshed when staff change. */
import { useCallback, useEffect, useState } from 'react';
import type { EmployeeRow } from '../../../src-shared/contract/staff';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';

export function useStaffList() {
  const [staff, setStaff] = useState<EmployeeRow[]>([]);
  const load = useCallback(() => void refreshQuietly(async () => setStaff(await call('staff.list', { includeInactive: true }))), []);
  useEffect(load, [load]);
  useChanged(['staff'], load);
  return staff;
}
