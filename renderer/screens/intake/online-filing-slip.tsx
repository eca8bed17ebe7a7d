import { createPortal } from 'react-dom';
import { useDeskQuery } from '../../desk/hooks';
import { actionsVi } from '../../i18n/actions.vi';
import '../citizen/guidance-slip.css';

/**
 * The printed A5 slip for assisted online filing, always in Vietnamese (the lines come
 * from onlineFilingReadiness). Shown only by @media print, beside the app root.
 */
export function OnlineFilingSlip({ name, lines }: { readonly name: string; readonly lines: readonly string[] }) {
  const [title, ...rest] = lines;
  const centre = useDeskQuery('app.info', {}).data?.centre.name;
  return createPortal(
    <article className="slip" lang="vi" data-testid="online-filing-slip" aria-hidden="true">
      {centre && <p className="slip__unit">{centre}</p>}
      <p className="slip__heading">{title}</p>
      <p className="slip__name">{actionsVi.assisted.slipFor.replace('{{name}}', name)}</p>
      {rest.map((line) => (
        <p key={line} className="slip__line">
          {line}
        </p>
      ))}
    </article>,
    document.body,
  );
}
