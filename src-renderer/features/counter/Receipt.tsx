/**
 * A receipt on 80 mm paper with what a German receipt needs: seller with address and VAT ID or
 * tax number, date and time, number, register, staff, items with VAT letter, discounts, VAT per
 * rate, total, payments, change, the copy banner on reprints, and a QR code of the number.
 */
import QRCode from 'qrcode';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receipt as ReceiptData, ReceiptLine } from '../../../src-shared/contract/sell';
import { useFormat } from '../../lib/format';
import { formatMoney } from '../../../src-shared/money';
import { quantityText } from './money-input';

export function useQrDataUrl(text: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
      .then((svg) => { if (!cancelled) setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`); })
      .catch(() => { if (!cancelled) setUrl(null); });
    return () => { cancelled = true; };
  }, [text]);
  return url;
}

function LineView({ line, money, locale }: { line: ReceiptLine; money: (c: number) => string; locale: string }) {
  const { t } = useTranslation();
  const name = line.kind === 'voucher' ? `${t('sell.receipt.voucher')} ${line.voucherCode ?? ''}` : line.name;
  const quantity = line.unit === 'kg'
    ? `${quantityText(line.quantity, 'kg', locale)} kg × ${money(line.unitPriceCents)}/kg`
    : line.quantity !== 1000 ? `${quantityText(line.quantity, 'piece', locale)} × ${money(line.unitPriceCents)}` : null;
  return (
    <>
      <div className="row"><span>{name}</span><span>{money(line.grossCents)} {line.vatLetter ?? ' '}</span></div>
      {quantity && <div className="indent dim">{quantity}</div>}
      {line.discountCents !== 0 && <div className="row indent dim"><span>{t('sell.receipt.discount')}</span><span>−{money(line.discountCents)}  </span></div>}
    </>
  );
}

export function Receipt({ receipt }: { receipt: ReceiptData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (cents: number) => formatMoney(cents, receipt.currency, format.locale);
  const qr = useQrDataUrl(receipt.number);
  const seller = receipt.seller;
  const change = receipt.changeCents;

  return (
    <div className="kontor-paper" data-testid="receipt">
      {receipt.copy !== null && <div className="copy">{t('sell.receipt.copy', { n: receipt.copy })}</div>}
      <div className="center big">{seller.name}</div>
      <div className="center">{seller.street}</div>
      <div className="center">{seller.postalCode} {seller.city}</div>
      {seller.vatId && <div className="center">{t('sell.receipt.vatId')} {seller.vatId}</div>}
      {seller.taxNumber && <div className="center">{t('sell.receipt.taxNumber')} {seller.taxNumber}</div>}
      <div className="rule" />
      <div className="center strong">{t(`sell.receipt.kind.${receipt.kind}`)}</div>
      {receipt.originalNumber && <div className="center">{t('sell.receipt.original', { number: receipt.originalNumber })}</div>}
      <div className="row"><span>{t('sell.receipt.number')}</span><span data-testid="receipt-number">{receipt.number}</span></div>
      <div className="row"><span>{t('sell.receipt.date')}</span><span>{format.dateTime(receipt.at)}</span></div>
      <div className="row"><span>{t('sell.receipt.register')}</span><span>{receipt.registerName}</span></div>
      <div className="row"><span>{t('sell.receipt.staff')}</span><span>{receipt.staffName}</span></div>
      {receipt.customer && (
        <div className="row" data-testid="receipt-customer"><span>{t('sell.receipt.customer')}</span><span>{receipt.customer.name} ({receipt.customer.number})</span></div>
      )}
      <div className="rule" />
      {receipt.lines.map((line) => <Fragment key={line.id}><LineView line={line} money={money} locale={format.locale} /></Fragment>)}
      <div className="rule" />
      {receipt.discountCents !== 0 && <div className="row"><span>{t('sell.receipt.discounts')}</span><span>−{money(receipt.discountCents)}</span></div>}
      <div className="row big"><span>{t('sell.receipt.total')}</span><span data-testid="receipt-total">{money(receipt.totalCents)}</span></div>
      <div className="rule" />
      {receipt.payments.map((p, i) => (
        <div className="row" key={i}><span>{t(`sell.methods.${p.method}`)}{p.voucherCode ? ` ${p.voucherCode}` : ''}</span><span>{money(p.amountCents)}</span></div>
      ))}
      {change !== 0 && <div className="row strong"><span>{t('sell.receipt.change')}</span><span data-testid="receipt-change">{money(change)}</span></div>}
      {receipt.vat.length > 0 && (
        <>
          <div className="rule" />
          <table>
            <thead>
              <tr><th>{t('sell.receipt.vatRate')}</th><th>{t('sell.receipt.net')}</th><th>{t('sell.receipt.vat')}</th><th>{t('sell.receipt.gross')}</th></tr>
            </thead>
            <tbody>
              {receipt.vat.map((v) => (
                <tr key={v.letter}><td>{v.letter} {format.percent(v.rateBasisPoints)}</td><td>{money(v.netCents)}</td><td>{money(v.vatCents)}</td><td>{money(v.grossCents)}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="rule" />
      <div className="center">{t('sell.receipt.thanks')}</div>
      {qr && <img className="qr" src={qr} alt={t('sell.receipt.qr', { number: receipt.number })} />}
      <div className="center dim" style={{ fontSize: 9, wordBreak: 'break-all' }}>{receipt.hash.slice(0, 16)}</div>
    </div>
  );
}
