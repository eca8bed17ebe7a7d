import { useState } from 'react';
import type { OfficeRange } from '../../../shared/contract/supervisor';
import { CallError } from '../../components/call-error';
import { ScreenHeading } from '../../components/screen-heading';
import { useHasRole } from '../../components/auth/session-context';
import { SUPERVISORS } from '../../../shared/contract/roles';
import { useSecurityT } from '../../components/auth/use-security-t';
import { useDeskQuery } from '../../desk/hooks';
import { ExportPanel } from './export-panel';
import { todayRange } from './office-range';
import { rangeProblem } from '../../../shared/domain/office-range';
import { RangeFields } from './range-fields';
import { ReportView } from './report-view';
import './supervisor.css';

/** The unit's work for a range of office days, and the handling-log export. Supervisors only. */
export function SupervisorScreen() {
  const { t } = useSecurityT();
  const allowed = useHasRole(...SUPERVISORS);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeading>{t('supervisor.title')}</ScreenHeading>
      {allowed ? <SupervisorReport /> : <NotAllowed />}
    </section>
  );
}

function NotAllowed() {
  const { t } = useSecurityT();
  return (
    <p className="report__notice" data-testid="supervisor-not-allowed">
      {t('supervisor.notAllowed')}
    </p>
  );
}

function SupervisorReport() {
  const { t } = useSecurityT();
  const [range, setRange] = useState<OfficeRange>(() => todayRange());
  const problem = rangeProblem(range);
  const report = useDeskQuery('supervisor.report', range, { enabled: problem === null });
  return (
    <>
      <RangeFields value={range} problem={problem} onChange={setRange} />
      {problem === null && report.isPending && <p role="status">{t('supervisor.loading')}</p>}
      {/* The core enforces the role too: a session that changed underneath lands here. */}
      {report.isError && (report.error.code === 'FORBIDDEN_ROLE' ? <NotAllowed /> : <CallError error={report.error} onRetry={() => void report.refetch()} />)}
      {report.isSuccess && <ReportView report={report.data} />}
      <ExportPanel range={range} disabled={problem !== null} />
    </>
  );
}
