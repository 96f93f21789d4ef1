/** The catalogue tab (being built). */
import { PlannedModule } from '../backoffice/PlannedModule';

export function CataloguePage() {
  return <PlannedModule module="catalogue" />;
}
