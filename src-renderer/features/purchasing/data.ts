/** The lists several purchasing screens share (suppliers, stock locations), kept fresh by change topics. */
import { useCallback, useEffect, useState } from 'react';
import type { SupplierSummary } from '../../../src-shared/contract/purchasing';
import type { StockLocation } from '../../../src-shared/contract/stock';
import { call, refreshQuietly } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';

export function useSuppliers(includeInactive = false): SupplierSummary[] {
  const [suppliers, setSuppliers] = useState<SupplierSummary[]>([]);
  const load = useCallback(() => {
    void refreshQuietly(async () => setSuppliers(await call('purchasing.suppliers.list', { includeInactive })));
  }, [includeInactive]);
  useEffect(load, [load]);
  useChanged(['purchasing'], load);
  return suppliers;
}

export function useLocations(): StockLocation[] {
  const [locations, setLocations] = useState<StockLocation[]>([]);
  const load = useCallback(() => {
    void refreshQuietly(async () => setLocations(await call('stock.locations.list', {})));
  }, []);
  useEffect(load, [load]);
  useChanged(['stock'], load);
  return locations;
}
