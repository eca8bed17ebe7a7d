import { useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutboxStateName } from '../../../shared/contract';
import { OUTBOX_STATES } from '../../../shared/domain/outbox-states';
import { CallError } from '../../components/call-error';
import { ScreenHeading } from '../../components/screen-heading';
import { invoke } from '../../desk/client';
import { useDeskMutation, useDeskQuery } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import { downloadText, failedActionsCsv } from './failed-csv';
import { QueueDetail } from './queue-detail';
import { kindName, reasonOf } from './queue-labels';
import { QueueTable } from './queue-table';
import './queue.css';

export const QUEUE_STATES: readonly OutboxStateName[] = OUTBOX_STATES;
type Filter = OutboxStateName | 'all';

/** This PC's outbox: filter by state, inspect one action, retry, withdraw, resolve, export the failed ones. */
export function QueueScreen() {
  const { t: tApp } = useTranslation();
  const { t, language } = useActionsT();
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<number | null>(null);
  const list = useDeskQuery('queue.list', filter === 'all' ? { limit: 500 } : { state: filter, limit: 500 });
  const retryAll = useDeskMutation('queue.retryNow');

  const exportFailed = async () => {
    const [conflicts, rejected] = await Promise.all([invoke('queue.list', { state: 'conflict', limit: 1000 }), invoke('queue.list', { state: 'rejected', limit: 1000 })]);
    const csv = failedActionsCsv([...conflicts, ...rejected], {
      header: ['#', t('queue.kind'), t('queue.dossier'), t('queue.officer'), t('queue.created'), t('queue.attempts'), t('queue.state'), t('queue.reason')],
      kind: (kind) => kindName(kind, language),
      state: (state) => t(`queue.states.${state}`),
      reason: (action) => reasonOf(action, language),
    });
    downloadText(csv, 'thao-tac-loi.csv');
  };

  return (
    <section className="screen queue" aria-labelledby="screen-title">
      <ScreenHeading>{tApp('queue.title')}</ScreenHeading>
      <div className="queue__toolbar">
        <Select
          className="queue__filter"
          selectedKey={filter}
          onSelectionChange={(key) => setFilter(QUEUE_STATES.find((s) => s === key) ?? 'all')}
        >
          <Label className="field__label">{t('queue.filter')}</Label>
          <Button className="select__button" data-testid="queue-filter">
            <SelectValue />
            <span aria-hidden="true">▾</span>
          </Button>
          <Popover className="select__popover">
            <ListBox className="select__list">
              <ListBoxItem id="all" className="select__option">
                {t('queue.all')}
              </ListBoxItem>
              {QUEUE_STATES.map((state) => (
                <ListBoxItem key={state} id={state} className="select__option">
                  {t(`queue.states.${state}`)}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
        <Button className="button" onPress={() => retryAll.mutate({})}>
          {t('queue.retryAll')}
        </Button>
        <Button className="button button--secondary" onPress={() => void exportFailed()}>
          {t('queue.export')}
        </Button>
      </div>
      {list.isError && <CallError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && <QueueTable actions={list.data} onOpen={setSelected} />}
      {selected !== null && <QueueDetail seq={selected} onClose={() => setSelected(null)} />}
    </section>
  );
}
