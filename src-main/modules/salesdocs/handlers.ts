/**
 * The sales documents channels: thin wrappers over the services (each write runs in the
 * registry's one transaction). Reads need 'backoffice.access', writes 'sales.manage'.
 */
import type { Handlers } from '../../core/registry';
import { convertDocument, draftCreditNote } from './convert';
import { issueDocument } from './issue';
import { recordPayment } from './payments';
import { salesDocumentPdf } from './pdf';
import { getDocument, listDocuments } from './read';
import { createDraft, discardDraft, updateDraft } from './write';

export const salesdocsHandlers = {
  'salesdocs.list': (input, ctx) => listDocuments(ctx, input),
  'salesdocs.get': (input, ctx) => getDocument(ctx, input.id),
  'salesdocs.create': ({ kind, ...fields }, ctx) => createDraft(ctx, kind, fields),
  'salesdocs.update': ({ id, ...fields }, ctx) => updateDraft(ctx, id, fields),
  'salesdocs.discard': (input, ctx) => discardDraft(ctx, input.id),
  'salesdocs.issue': (input, ctx) => issueDocument(ctx, input.id, input.refundMethod),
  'salesdocs.convert': (input, ctx) => convertDocument(ctx, input.id, input.to),
  'salesdocs.credit': (input, ctx) => draftCreditNote(ctx, input.invoiceId),
  'salesdocs.payments.record': (input, ctx) => recordPayment(ctx, input),
  'salesdocs.pdf': (input, ctx) => salesDocumentPdf(ctx, input.id),
} satisfies Partial<Handlers>;
