import { Button } from 'react-aria-components';
import type { ExportFormat, ExportResult, OfficeRange } from '../../../shared/contract/supervisor';
import { CallError } from '../../components/call-error';
import { useSecurityT } from '../../components/auth/use-security-t';
import { isDeskCallError } from '../../desk/client';
import { useDeskMutation } from '../../desk/hooks';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'pdf'];
const REFUSALS = ['exists', 'link', 'in_data_folder', 'not_a_file', 'relative', 'write_failed', 'no_target'] as const;
type Refusal = (typeof REFUSALS)[number];

/** Why the core refused to write where the supervisor chose, when it said. */
function refusalOf(error: unknown): Refusal | null {
  if (!isDeskCallError(error) || typeof error.details !== 'object' || error.details === null) return null;
  const reason = (error.details as { reason?: unknown }).reason;
  return REFUSALS.find((r) => r === reason) ?? null;
}

/** XLSX / CSV / PDF of the handling log book, saved where the supervisor chooses (a save dialog), then "open file". */
export function ExportPanel({ range, disabled }: { readonly range: OfficeRange; readonly disabled: boolean }) {
  const { t } = useSecurityT();
  const exportLog = useDeskMutation('export.handlingLog');
  const refusal = exportLog.isError ? refusalOf(exportLog.error) : null;
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
        {exportLog.isSuccess && (exportLog.data.saved ? <ExportSummary result={exportLog.data} /> : <p data-testid="export-cancelled">{t('supervisor.exportCancelled')}</p>)}
      </div>
      {refusal ? (
        <p role="alert" className="report__notice" data-testid="export-refused">
          {t(`supervisor.exportRefused.${refusal}`)}
        </p>
      ) : (
        exportLog.isError && <CallError error={exportLog.error} />
      )}
    </section>
  );
}

function ExportSummary({ result }: { readonly result: ExportResult }) {
  const { t, language } = useSecurityT();
  const open = useDeskMutation('export.open');
  const witness = result.audit.witness;
  return (
    <div className="export-result" data-testid="export-result">
      <p className="export-result__title">{t('supervisor.exported', { fileName: result.fileName })}</p>
      <Button className="button" data-testid="export-open" isDisabled={open.isPending} onPress={() => open.mutate({ path: result.path })}>
        {t('supervisor.openFile')}
      </Button>
      {open.isError && <p role="alert" className="report__notice">{t('supervisor.openFailed')}</p>}
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
          </span>{' '}
          <span data-testid="export-audit-witness">
            {witness && (witness.source === 'unavailable_dialect' || witness.source === 'no_key')
              ? t('supervisor.auditNoWitness')
              : t('supervisor.auditUnanchored', { rows: witness?.unanchoredRows ?? result.audit.head.seq })}
          </span>
        </dd>
      </dl>
      <p>{t('supervisor.exportNote')}</p>
      {result.portalNotice && (
        <p className="report__notice" data-testid="export-portal-notice">
          {result.portalNotice[language]}
        </p>
      )}
    </div>
  );
}
