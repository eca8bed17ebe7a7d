import { useState } from 'react';
import { ToggleButton } from 'react-aria-components';
import { dossierTileSchema, type DossierTile, type SupervisorReport } from '../../../shared/contract/supervisor';
import { useSecurityT } from '../../components/auth/use-security-t';
import { TileListPanel } from './tile-list-panel';

/** Received / returned / due today / overdue: each tile opens the list of the dossiers it counts. */
export function DossierTiles({ report }: { readonly report: SupervisorReport }) {
  const { t } = useSecurityT();
  const [open, setOpen] = useState<DossierTile | null>(null);
  return (
    <section aria-labelledby="report-dossiers">
      <h2 id="report-dossiers">{t('supervisor.dossiers')}</h2>
      <div className="report__figures">
        {dossierTileSchema.options.map((tile) => (
          <ToggleButton
            key={tile}
            className="report__figure report__tile"
            isSelected={open === tile}
            onChange={(on) => setOpen(on ? tile : null)}
            data-testid={`dossiers-${tile}`}
          >
            <span className="report__tile-label">{t(`supervisor.${tile}`)}</span>
            <span className="report__tile-number">{report.dossiers[tile]}</span>
          </ToggleButton>
        ))}
      </div>
      {open && <TileListPanel range={report.range} today={report.today} tile={open} shown={report.dossiers[open]} onClose={() => setOpen(null)} />}
    </section>
  );
}
