import { createPortal } from 'react-dom';
import type { GuidanceRecord } from '../../../shared/contract/guidance';
import { HOTLINE_LINE, type LinkageStatus } from '../../../shared/domain/linkage';
import { lookupVi } from '../../i18n/lookup.vi';
import './guidance-slip.css';

/**
 * The printed A5 slip the citizen takes home, always in Vietnamese (slipLines, each line
 * once): the unit and the officer of the recorded guidance head and sign it. It is
 * rendered beside the app root and shown only by @media print, which hides the app.
 */
export function GuidanceSlip({ name, status, record }: { readonly name: string; readonly status: LinkageStatus; readonly record: GuidanceRecord | null }) {
  const text = lookupVi.linkage;
  const [title, ...rest] = status.slipLines;
  return createPortal(
    <article className="slip" lang="vi" data-testid="guidance-slip" aria-hidden="true">
      {record && <p className="slip__unit">{record.unitName}</p>}
      <p className="slip__heading">{text.slipTitle}</p>
      <p className="slip__name">{text.slipFor.replace('{{name}}', name)}</p>
      <p className="slip__title">{title}</p>
      {rest.map((line) => (
        <p key={line} className={line === HOTLINE_LINE.vi ? 'slip__hotline' : 'slip__line'}>
          {line}
        </p>
      ))}
      {record && <p className="slip__officer">{text.slipOfficer.replace('{{name}}', record.officerName)}</p>}
    </article>,
    document.body,
  );
}
