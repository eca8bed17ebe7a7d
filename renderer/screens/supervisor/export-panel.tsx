import { Button } from 'react-aria-components';
import type { ExportFormat, ExportResult, OfficeRange } from '../../../shared/contract/supervisor';
import { CallError } from '../../components/call-error';
import { useSecurityT } from '../../components/auth/use-security-t';
import { useDeskMutation } from '../../desk/hooks';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'pdf'];

/** XLSX / CSV / PDF of the handling log book; the main process writes the file into the data folder. */
export function ExportPanel({ range, disabled }: { readonly range: OfficeRange; readonly disabled: boolean }) {
  const { t } = useSecurityT();
  const exportLog = useDeskMutation('export.handlingLog');
  return (
    <section aria-labelledby="report-export" className="report__export">
      <h2 id="report-export">{t('supervisor.export')}</h2>
      <div className="auth-actions">
        {FORMATS.map((format) => (
          <Button
            key={format}
            className="button"
            isDisabled={disabled || exportLog.isPending}
            onPress={() => exportLog.mutate({ ...range, format })}
          >
            {t('supervisor.exportAs', { format: format.toUpperCase() })}
          </Button>
        ))}
      </div>
      <div aria-live="polite">
        {exportLog.isPending && <p>{t('supervisor.exporting')}</p>}
        {exportLog.isSuccess && <ExportSummary result={exportLog.data} />}
      </div>
      {exportLog.isError && <CallError error={exportLog.error} />}
    </section>
  );
}

function ExportSummary({ result }: { readonly result: ExportResult }) {
  const { t } = useSecurityT();
  return (
    <div className="export-result" data-testid="export-result">
      <p className="export-result__title">{t('supervisor.exported', { fileName: result.fileName })}</p>
      <dl className="export-result__list">
        <dt>{t('supervisor.path')}</dt>
        <dd>
          <code data-testid="export-path">{result.path}</code>
        </dd>
        <dt>{t('supervisor.rows')}</dt>
        <dd data-testid="export-rows">{result.rows}</dd>
        <dt>{t('supervisor.unsyncedRows')}</dt>
        <dd data-testid="export-unsynced">{result.unsyncedRows}</dd>
        <dt>{t('supervisor.auditHead')}</dt>
        <dd>
          <code data-testid="export-audit-head">
            #{result.audit.head.seq} {result.audit.head.hash.slice(0, 16)}
          </code>{' '}
          <span data-testid="export-audit-ok" className={result.audit.ok ? 'export-result__ok' : 'export-result__bad'}>
            {result.audit.ok ? t('supervisor.auditOk') : t('supervisor.auditBroken', { seq: result.audit.firstBadSeq ?? '?' })}
          </span>
        </dd>
      </dl>
      <p>{t('supervisor.exportNote')}</p>
      {!result.portalReachable && <p className="report__notice">{t('supervisor.exportOffline')}</p>}
    </div>
  );
}
