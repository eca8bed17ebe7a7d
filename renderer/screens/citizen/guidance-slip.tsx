import { createPortal } from 'react-dom';
import { HOTLINE, type LinkageStatus } from '../../../shared/domain/linkage';
import { useDeskQuery } from '../../desk/hooks';
import { lookupVi } from '../../i18n/lookup.vi';
import './guidance-slip.css';

/**
 * The printed A5 slip the citizen takes home, always in Vietnamese (slipLines). It is
 * rendered beside the app root and shown only by @media print, which hides the app.
 */
export function GuidanceSlip({ name, status }: { readonly name: string; readonly status: LinkageStatus }) {
  const text = lookupVi.linkage;
  const [title, ...rest] = status.slipLines;
  const centre = useDeskQuery('app.info', {}).data?.centre.name;
  return createPortal(
    <article className="slip" lang="vi" data-testid="guidance-slip" aria-hidden="true">
      {centre && <p className="slip__unit">{centre}</p>}
      <p className="slip__heading">{text.slipTitle}</p>
      <p className="slip__name">{text.slipFor.replace('{{name}}', name)}</p>
      <p className="slip__title">{title}</p>
      {rest.map((line) => (
        <p key={line} className="slip__line">
          {line}
        </p>
      ))}
      {status.showHotline && <p className="slip__hotline">Tổng đài hỗ trợ VNeID: {HOTLINE}</p>}
    </article>,
    document.body,
  );
}
