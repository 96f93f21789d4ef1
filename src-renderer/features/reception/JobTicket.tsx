/**
 * The job ticket on 80 mm paper, in two copies: one stays with the work (workshop copy, with the
 * fault and the customer's phone), one goes to the customer (with the job number to collect it).
 */
import { useTranslation } from 'react-i18next';
import type { ReceptionTicket } from '../../../src-shared/contract/reception';
import { useQrDataUrl } from '../counter/Receipt';
import { useMoney } from '../counter/useMoney';
import '../counter/print.css';

function Copy({ ticket, copy }: { ticket: ReceptionTicket; copy: 'workshopCopy' | 'customerCopy' }) {
  const { t } = useTranslation();
  const format = useMoney();
  const { money } = format;
  const qr = useQrDataUrl(`A-${ticket.number}`);
  const price = ticket.priceCents === null ? t('reception.ticket.noPrice')
    : ticket.priceIsEstimate ? `${t('reception.ticket.estimate')} ${money(ticket.priceCents)}` : money(ticket.priceCents);
  const deposit = ticket.deposit;
  return (
    <div className="kontor-paper" data-testid={`ticket-${copy}`} style={{ marginBottom: 12 }}>
      <div className="copy">{t(`reception.ticket.${copy}`)}</div>
      <div className="center big">{ticket.company.name}</div>
      {ticket.company.address && <div className="center">{ticket.company.address}</div>}
      {ticket.company.phone && <div className="center">{ticket.company.phone}</div>}
      <div className="rule" />
      <div className="center big" data-testid="ticket-number">{t('reception.ticket.number')} {ticket.number}</div>
      <div className="center strong">{t(`reception.takeIn.kinds.${ticket.kind}`)}</div>
      <div className="row"><span>{t('reception.ticket.received')}</span><span>{format.dateTime(ticket.receivedAt)}</span></div>
      {ticket.staffName && <div className="row"><span>{t('reception.ticket.staff')}</span><span>{ticket.staffName}</span></div>}
      <div className="rule" />
      <div className="row"><span>{t('reception.ticket.customer')}</span><span>{ticket.customerName}</span></div>
      {ticket.customerPhone && <div className="row"><span>{t('reception.ticket.phone')}</span><span>{ticket.customerPhone}</span></div>}
      <div className="rule" />
      <div className="strong">{t('reception.ticket.item')}</div>
      <div>{ticket.title}</div>
      {ticket.fault && <><div className="strong">{t('reception.ticket.fault')}</div><div style={{ whiteSpace: 'pre-wrap' }}>{ticket.fault}</div></>}
      <div className="rule" />
      <div className="row"><span>{t('reception.ticket.price')}</span><span>{price}</span></div>
      {ticket.promisedOn && <div className="row"><span>{t('reception.ticket.promised')}</span><span>{format.shortDate(`${ticket.promisedOn}T12:00:00`)}</span></div>}
      {deposit && (
        <>
          <div className="row strong"><span>{t('reception.ticket.deposit')} ({t(`reception.takeIn.methods.${deposit.method}`)})</span><span>{money(deposit.amountCents)}</span></div>
          {deposit.vatCents !== 0 && (
            <div className="indent dim">{t('reception.ticket.depositVat', { rate: format.percent(deposit.rateBasisPoints), amount: money(deposit.vatCents) })}</div>
          )}
          {ticket.priceCents !== null && !ticket.priceIsEstimate && (
            <div className="row"><span>{t('reception.ticket.open')}</span><span>{money(ticket.priceCents - deposit.amountCents)}</span></div>
          )}
        </>
      )}
      {ticket.company.vatId && <div className="center dim">{t('reception.ticket.vatId')} {ticket.company.vatId}</div>}
      {copy === 'customerCopy' && <div className="center strong" style={{ marginTop: 6 }}>{t('reception.ticket.keep')}</div>}
      {qr && <img className="qr" src={qr} alt="" />}
    </div>
  );
}

export function JobTicket({ ticket }: { ticket: ReceptionTicket }) {
  return (
    <>
      <Copy ticket={ticket} copy="workshopCopy" />
      <Copy ticket={ticket} copy="customerCopy" />
    </>
  );
}
