import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierRow, Timeliness } from '../../../shared/contract/lookup';
import { DOSSIER_STATUS_NAMES } from '../../../shared/domain/dossier-status';
import { formatDisplayDate } from '../../../shared/domain/office-time';
import type { LocalizedText } from '../../../shared/validation';
import { LinkageBadge } from './linkage-chip';
import { TimelinessMark } from './timeliness-badge';
import { localizerFor } from './use-localized';

/** What every row says besides its dossier, looked up once per list and language. */
export interface RowTexts {
  readonly localized: (text: LocalizedText) => string;
  readonly birthYear: string;
  readonly idMasked: string;
  readonly due: string;
  readonly noDue: string;
  readonly timelinessNoDue: string;
  readonly linkageTitle: string;
  readonly waiting: string;
  readonly waitingTitle: (count: number) => string;
}

/**
 * The row texts for the current language. A list looks them up once: each row asking for
 * its own translations built react-i18next's per-component wrapper six times a row, the
 * largest part of drawing a new result set.
 */
export function useRowTexts(): RowTexts {
  const { t, i18n } = useTranslation('lookup');
  const language = i18n.language;
  return useMemo(
    () => ({
      localized: localizerFor(language),
      birthYear: t('results.birthYear'),
      idMasked: t('results.idMasked'),
      due: t('results.due'),
      noDue: t('results.noDue'),
      timelinessNoDue: t('timeliness.noDue'),
      linkageTitle: t('linkage.title'),
      waiting: t('results.waiting'),
      waitingTitle: (count: number) => t('results.waitingTitle', { count }),
    }),
    [t, language],
  );
}

interface RowContentProps {
  readonly row: DossierRow;
  readonly texts: RowTexts;
}

const sameTimeliness = (a: Timeliness, b: Timeliness): boolean => a.kind === b.kind && ('days' in a ? a.days : null) === ('days' in b ? b.days : null);

/**
 * Each answer is new objects, but one more letter of a name mostly finds the same dossiers
 * again: a row whose values are all the same keeps its drawn content (no DOM change, no layout).
 */
export function sameRowContent(a: RowContentProps, b: RowContentProps): boolean {
  if (a.texts !== b.texts) return false;
  if (a.row === b.row) return true;
  const keys = Object.keys(a.row) as (keyof DossierRow)[];
  if (keys.length !== Object.keys(b.row).length) return false;
  return keys.every((key) => (key === 'timeliness' ? sameTimeliness(a.row.timeliness, b.row.timeliness) : a.row[key] === b.row[key]));
}

/**
 * One dossier on one line, in the columns of DossierColumnHeads: code, applicant (birth
 * year), masked ID, commune, procedure, status, the applicant's VNeID state, due date,
 * timeliness and waiting marker.
 * Cut text keeps its whole value in the title.
 */
export const DossierRowContent = memo(function DossierRowContent({ row, texts }: RowContentProps) {
  const status = texts.localized(DOSSIER_STATUS_NAMES[row.status]);
  return (
    <>
      <span className="dossier-row__code">{row.code}</span>
      <span className="dossier-row__name" title={row.applicantName}>
        {row.applicantName}
        {row.applicantBirthYear !== null && (
          <span className="dossier-row__year">
            {' '}
            <span className="visually-hidden">{texts.birthYear} </span>({row.applicantBirthYear})
          </span>
        )}
      </span>
      <span className="dossier-row__id">
        {row.applicantIdMasked && (
          <>
            <span className="visually-hidden">{texts.idMasked} </span>
            {row.applicantIdMasked}
          </>
        )}
      </span>
      <span className="dossier-row__commune" title={row.applicantCommune ?? undefined}>
        {row.applicantCommune}
      </span>
      <span className="dossier-row__procedure" title={row.procedureName}>
        {row.procedureName}
      </span>
      <span className="dossier-row__status" title={status}>
        {status}
      </span>
      <span className="dossier-row__linkage">{row.applicantLinkage && <LinkageBadge state={row.applicantLinkage} localized={texts.localized} title={texts.linkageTitle} />}</span>
      <span className="dossier-row__due">
        {row.dueAt ? (
          <>
            <span className="visually-hidden">{texts.due} </span>
            {formatDisplayDate(new Date(row.dueAt))}
          </>
        ) : (
          <span className="visually-hidden">{texts.noDue}</span>
        )}
      </span>
      <span className="dossier-row__badges">
        <TimelinessMark timeliness={row.timeliness} localized={texts.localized} noDue={texts.timelinessNoDue} />
        {row.pendingActions > 0 && (
          <span className="badge badge--waiting" title={texts.waitingTitle(row.pendingActions)}>
            {texts.waiting} ({row.pendingActions})
          </span>
        )}
      </span>
    </>
  );
}, sameRowContent);

/** The column names above the list; hidden from screen readers, which hear each row's own labels. */
export function DossierColumnHeads() {
  const { t } = useTranslation('lookup');
  return (
    <div className="dossier-row dossier-row--head" aria-hidden="true">
      <span>{t('columns.code')}</span>
      <span>{t('columns.applicant')}</span>
      <span>{t('columns.id')}</span>
      <span>{t('columns.commune')}</span>
      <span>{t('columns.procedure')}</span>
      <span>{t('columns.status')}</span>
      <span>{t('columns.linkage')}</span>
      <span>{t('columns.due')}</span>
      <span>{t('columns.timeliness')}</span>
    </div>
  );
}
