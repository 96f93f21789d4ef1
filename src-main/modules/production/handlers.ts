/** The production and workshop channels: thin wrappers over the services (each runs in the registry's one transaction). */
import type { Handlers } from '../../core/registry';
import { bomVersion, getBom, listBoms, retireBom, saveBom } from './boms';
import { addMaterials } from './materials';
import { previewProduction, produce } from './produce';
import { getProduction, listProductions } from './production-read';
import { assignees, counterWorkOrders, listWorkOrders, workOrderBoard, workOrderDetail } from './work-order-read';
import { addWorkOrderNote, addWorkOrderTime, assignWorkOrder, createWorkOrder, setWorkOrderStatus, updateWorkOrder, workOrderRow } from './work-orders';

export const productionHandlers = {
  'production.workOrders.board': (input, ctx) => workOrderBoard(ctx, input),
  'production.workOrders.list': (input, ctx) => listWorkOrders(ctx, input),
  'production.workOrders.get': (input, ctx) => workOrderDetail(ctx, workOrderRow(ctx, input.id).id),
  'production.workOrders.counterList': (input, ctx) => counterWorkOrders(ctx, input),
  'production.workOrders.assignees': (_input, ctx) => assignees(ctx),
  'production.workOrders.create': (input, ctx) => createWorkOrder(ctx, input),
  'production.workOrders.update': (input, ctx) => updateWorkOrder(ctx, input),
  'production.workOrders.assign': (input, ctx) => assignWorkOrder(ctx, input),
  'production.workOrders.setStatus': (input, ctx) => setWorkOrderStatus(ctx, input),
  'production.workOrders.addNote': (input, ctx) => addWorkOrderNote(ctx, input),
  'production.workOrders.addTime': (input, ctx) => addWorkOrderTime(ctx, input),
  'production.workOrders.addMaterials': (input, ctx) => addMaterials(ctx, input),
  'production.boms.list': (input, ctx) => listBoms(ctx, input),
  'production.bom.get': (input, ctx) => getBom(ctx, input.productId),
  'production.bom.version': (input, ctx) => bomVersion(ctx, input.id),
  'production.bom.save': (input, ctx) => saveBom(ctx, input),
  'production.bom.retire': (input, ctx) => retireBom(ctx, input.productId),
  'production.preview': (input, ctx) => previewProduction(ctx, input),
  'production.produce': (input, ctx) => produce(ctx, input),
  'production.list': (input, ctx) => listProductions(ctx, input),
  'production.get': (input, ctx) => getProduction(ctx, input.id),
} satisfies Partial<Handlers>;
