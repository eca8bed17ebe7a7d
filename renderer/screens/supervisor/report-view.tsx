import type { SupervisorReport } from '../../../shared/contract/supervisor';
import { ACTION_KIND_NAMES, type ActionKind } from '../../../shared/domain/dossier-status';
import { formatDisplayDate, formatDisplayDateTime } from '../../../shared/domain/office-time';
import { useSecurityT } from '../../components/auth/use-security-t';
import { DossierTiles } from './dossier-tiles';
import { PendingActions } from './pending-actions';
import { TimelinessChart } from './timeliness-chart';

const ACTION_KINDS = Object.keys(ACTION_KIND_NAMES) as ActionKind[];

/** The report for one range: actions per officer, dossiers, timeliness, unsynced actions. */
export function ReportView({ report }: { readonly report: SupervisorReport }) {
  const { t, language } = useSecurityT();
  return (
    <div className="report" data-testid="supervisor-report">
      <p className="report__meta">
        {t('supervisor.generatedAt', { time: formatDisplayDateTime(report.generatedAt), today: formatDisplayDate(report.today) })}
      </p>
      {!report.portalReachable && (
        <p className="report__notice" role="status" data-testid="report-notice">
          {report.notice ? report.notice[language] : t('supervisor.portalUnreachable')}
        </p>
      )}
      <OfficerTable report={report} />
      <DossierTiles report={report} />
      <UnitTable report={report} />
      <section aria-labelledby="report-timeliness">
        <h2 id="report-timeliness">{t('supervisor.timeliness')}</h2>
        <div className="report__timeliness">
          <TimelinessChart timeliness={report.timeliness} />
          <table className="report__table" data-testid="timeliness-table">
            <caption className="visually-hidden">{t('supervisor.timeliness')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervisor.state')}</th>
                <th scope="col">{t('supervisor.count')}</th>
              </tr>
            </thead>
            <tbody>
              {(['early', 'onTime', 'late'] as const).map((key) => (
                <tr key={key}>
                  <th scope="row">{t(`supervisor.${key}`)}</th>
                  <td>{report.timeliness[key]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <PendingActions pending={report.pending} />
    </div>
  );
}

function OfficerTable({ report: r }: { readonly report: SupervisorReport }) {
    const { t, language } = useSecurityT();
    const kinds = ACTION_KINDS.filter((kind) => (r.actionTotals[kind] ?? 0) > 0);
    return (
      <section aria-labelledby="report-officers">
        <h2 id="report-officers">{t('supervisor.officers')}</h2>
        {r.officers.length === 0 ? (
          <p>{t('supervisor.noActivity')}</p>
        ) : (
          <div className="report__scroll">
            <table className="report__table" data-testid="officer-table">
              <thead>
                <tr>
                  <th scope="col">{t('supervisor.officer')}</th>
                  {kinds.map((kind) => (
                    <th scope="col" key={kind}>
                      {ACTION_KIND_NAMES[kind][language]}
                    </th>
                  ))}
                  <th scope="col">{t('supervisor.total')}</th>
                </tr>
              </thead>
              <tbody>
                {r.officers.map((officer) => (
                  <tr key={officer.officerId}>
                    <th scope="row">
                      {officer.officerName} <span className="report__id">({officer.officerId})</span>
                    </th>
                    {kinds.map((kind) => (
                      <td key={kind}>{officer.counts[kind] ?? 0}</td>
                    ))}
                    <td>{officer.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="report__line" data-testid="walk-in-guidance">
          {t('supervisor.walkInGuidance', { count: r.walkInGuidance })}
        </p>
      </section>
    );
  }

/** Boundary-free receipt: the centre that received and the unit that decides, as pairs. */
function UnitTable({ report }: { readonly report: SupervisorReport }) {
  const { t } = useSecurityT();
  if (report.receivedByUnit.length === 0) return null;
  return (
    <section aria-labelledby="report-units">
      <h2 id="report-units">{t('supervisor.byUnit')}</h2>
      <table className="report__table" data-testid="unit-table">
        <thead>
          <tr>
            <th scope="col">{t('supervisor.receivingCentre')}</th>
            <th scope="col">{t('supervisor.competentUnit')}</th>
            <th scope="col">{t('supervisor.count')}</th>
          </tr>
        </thead>
        <tbody>
          {report.receivedByUnit.map((u) => (
            <tr key={`${u.receivingCentre ?? ''}|${u.competentUnit}`}>
              <td>{u.receivingCentre ?? t('supervisor.unitNotGiven')}</td>
              <td>{u.competentUnit || '—'}</td>
              <td>{u.received}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
