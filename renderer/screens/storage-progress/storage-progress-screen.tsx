import { useState } from 'react';
import { ProgressBar } from 'react-aria-components';
import type { StorageProgress, StorageStep } from '../../../shared/contract/storage';
import { ScreenHeading } from '../../components/screen-heading';
import { useDeskEvent } from '../../desk/hooks';
import { useStorageT } from './use-storage-t';
import './storage-progress-screen.css';

/** The steps each job runs, in order (what "step n of total" counts). */
const JOB_STEPS: Record<StorageProgress['job'], readonly StorageStep[]> = {
  reencrypt: ['copy', 'encrypt', 'check', 'swap'],
  migrate: ['migrate'],
};

/** What the window shows while the core prepares the database before the desk opens. */
export function StorageProgressView({ progress }: { readonly progress: StorageProgress | null }) {
  const t = useStorageT();
  const steps = JOB_STEPS[progress?.job ?? 'reencrypt'];
  const index = progress ? Math.max(0, steps.indexOf(progress.step)) : 0;
  const status = !progress
    ? t('starting')
    : progress.finished
      ? t('finished')
      : t('stepOf', { n: index + 1, total: steps.length, step: t(`steps.${progress.step}`) });
  // A step whose units are unknown (total 0) or a single blocking call shows as running, not as a fraction.
  const known = progress !== null && progress.total > 1;
  return (
    <section className="screen storage-progress" aria-labelledby="screen-title" data-testid="storage-progress">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p>{t(`intro.${progress?.job ?? 'reencrypt'}`)}</p>
      <ProgressBar
        className="storage-progress__bar"
        aria-label={t('progressLabel')}
        value={known ? progress.done : 0}
        maxValue={known ? progress.total : 1}
        isIndeterminate={!known && !progress?.finished}
        valueLabel={status}
      >
        {({ percentage }) => (
          <>
            <span className="storage-progress__status" aria-live="polite">
              {status}
            </span>
            <span className="storage-progress__track">
              <span className="storage-progress__fill" style={{ width: `${progress?.finished ? 100 : (percentage ?? 0)}%` }} />
            </span>
          </>
        )}
      </ProgressBar>
      <ol className="storage-progress__steps">
        {steps.map((step, i) => (
          <li key={step} aria-current={i === index && !progress?.finished ? 'step' : undefined} data-done={progress?.finished || i < index ? 'yes' : 'no'}>
            {t(`steps.${step}`)}
          </li>
        ))}
      </ol>
      <p className="storage-progress__note">{t('keepOn')}</p>
    </section>
  );
}

/** Follows the pushed storage.progress events (the core is not open yet: no calls, only events). */
export function StorageProgressScreen() {
  const [progress, setProgress] = useState<StorageProgress | null>(null);
  useDeskEvent('storage.progress', setProgress);
  return <StorageProgressView progress={progress} />;
}
