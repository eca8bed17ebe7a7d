import { Button } from 'react-aria-components';
import type { DossierTile, OfficeRange } from '../../../shared/contract/supervisor';
import { formatDisplayDate } from '../../../shared/domain/office-time';
import { CallError } from '../../components/call-error';
import { useSecurityT } from '../../components/auth/use-security-t';
import { DossierList } from '../../components/lookup/dossier-list';
import { useDeskQuery } from '../../desk/hooks';
import { openDossier } from '../lookup/lookup-memory';

interface TileListPanelProps {
  readonly range: OfficeRange;
  /** The office day the report counted "due today" and "overdue" on. */
  readonly today: string;
  readonly tile: DossierTile;
  /** The number on the tile, for the heading while the list loads. */
  readonly shown: number;
  readonly onClose: () => void;
}

const ON_TODAY: ReadonlySet<DossierTile> = new Set(['dueToday', 'overdue']);

/** The dossiers behind one tile, for the report's range; a row opens the dossier. */
export function TileListPanel({ range, today, tile, shown, onClose }: TileListPanelProps) {
  const { t } = useSecurityT();
  const list = useDeskQuery('supervisor.tileList', { from: range.from, to: range.to, tile });
  const facts = { tile: t(`supervisor.${tile}`), count: list.data?.total ?? shown };
  // Due today and overdue are counted on the office day, whatever the range.
  const title = ON_TODAY.has(tile)
    ? t('supervisor.tileListToday', { ...facts, today: formatDisplayDate(today) })
    : t('supervisor.tileList', { ...facts, from: formatDisplayDate(range.from), to: formatDisplayDate(range.to) });
  return (
    <section className="report__tile-list" aria-labelledby="tile-list-title" data-testid="tile-list">
      <div className="report__tile-list-head">
        <h3 id="tile-list-title">{title}</h3>
        <Button className="button button--secondary" onPress={onClose}>
          {t('supervisor.closeList')}
        </Button>
      </div>
      {list.isPending && <p role="status">{t('supervisor.loading')}</p>}
      {list.isError && <CallError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess &&
        (list.data.dossiers.length === 0 ? (
          <p>{t('supervisor.tileListEmpty')}</p>
        ) : (
          <>
            {list.data.total > list.data.dossiers.length && <p>{t('supervisor.tileListCut', { shown: list.data.dossiers.length, total: list.data.total })}</p>}
            <DossierList rows={list.data.dossiers} label={title} onOpen={openDossier} onEscape={onClose} />
          </>
        ))}
    </section>
  );
}
