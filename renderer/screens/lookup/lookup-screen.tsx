import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DossierRow, SearchFilters as Filters, SearchResult } from '../../../shared/contract/lookup';
import { isOpenStatus } from '../../../shared/domain/dossier-status';
import { DossierList } from '../../components/lookup/dossier-list';
import { FreshnessNote } from '../../components/lookup/freshness-note';
import { useLocalized } from '../../components/lookup/use-localized';
import { ScreenHeading } from '../../components/screen-heading';
import { CallError } from '../../components/call-error';
import { deskQuery, useDeskQuery } from '../../desk/hooks';
import { openCitizen, openDossier, rememberedLookup, rememberLookup } from './lookup-memory';
import { AskPortal } from './ask-portal';
import { QuickChips } from './quick-chips';
import { onLookupRequest, takeLookupRequest } from './scan-inbox';
import { SearchFilters } from './search-filters';
import { useDebouncedState } from './use-debounced-state';
import './lookup.css';
import { isBlank } from '../../../shared/domain/blank';

/** Keys closer together than this (a scanner, fast typing) search once they stop; Enter searches at once. */
export const SEARCH_DEBOUNCE_MS = 120;
/**
 * Rows asked for: a screenful and more for the first answer; nearing the end of the list
 * asks again for more, up to the contract's 500.
 */
export const RESULT_LIMITS = [50, 200, 500] as const;
const FIRST_LIMIT = RESULT_LIMITS[0];
const nextLimit = (limit: number): number | undefined => RESULT_LIMITS.find((step) => step > limit);

/** The counter's one search box: dossier code, ID, chip-card QR, phone or name; results below. */
export function LookupScreen() {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const [text, setText] = useState(() => rememberedLookup().text);
  // The text searched: follows `text` at once after a pause, or once a burst of keys stops.
  const [query, proposeQuery] = useDebouncedState(() => rememberedLookup().text, SEARCH_DEBOUNCE_MS);
  const [filters, setFilters] = useState<Filters>(() => rememberedLookup().filters);
  const [notice, setNotice] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  // More rows for this query and these filters only; a new search starts at the first limit again.
  const resultsKey = JSON.stringify([query, filters]);
  const [more, setMore] = useState<{ resultsKey: string; limit: number }>({ resultsKey, limit: FIRST_LIMIT });
  const limit = more.resultsKey === resultsKey ? more.limit : FIRST_LIMIT;
  const search = useDeskQuery('lookup.search', { text: query, filters, limit }, { placeholderData: keepPreviousData });
  const result = search.data;
  const ordered = useMemo(() => (result ? openFirst(result.dossiers) : []), [result]);
  const shown = result?.dossiers.length ?? 0;
  const settled = !search.isPlaceholderData && !search.isFetching;
  const moreLimit = settled && shown >= limit ? nextLimit(limit) : undefined;

  // The result set the list shows: with the previous answer kept on screen while the
  // next one loads, that is the previous search's until the new answer arrives.
  const [listKey, setListKey] = useState(resultsKey);
  if (!search.isPlaceholderData && listKey !== resultsKey) setListKey(resultsKey);

  // Stable callbacks for the memoised list, so a key typed in the search box does not re-render it.
  const focusSearch = useCallback((): void => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  const loadMore = (): void => {
    if (moreLimit !== undefined) setMore({ resultsKey, limit: moreLimit });
  };
  const latestLoadMore = useRef(loadMore);
  useLayoutEffect(() => {
    latestLoadMore.current = loadMore;
  });
  const onNearEnd = useCallback(() => latestLoadMore.current(), []);
  useEffect(() => rememberLookup({ text, filters }), [text, filters]);

  /** Enter (typed or a scanner's): search the exact text now and open what it identifies. */
  const submit = async (value: string): Promise<void> => {
    const result = await queryClient.fetchQuery(deskQuery('lookup.search', { text: value, filters, limit: value === query ? limit : FIRST_LIMIT }));
    const next = decide(result);
    setNotice(next.kind === 'notice' ? t(next.key, { code: value.trim() }) : null);
    if (next.kind === 'dossier') openDossier(next.code);
    else if (next.kind === 'citizen') openCitizen(next.ref);
    else if (next.kind === 'list') listRef.current?.focus();
  };

  // Coming back (Esc, Ctrl+K/F3) selects the old text so the next scan replaces it; a scan
  // caught on another screen (or outside the box) is searched here as if typed and Enter pressed.
  const latestSubmit = useRef(submit);
  useLayoutEffect(() => {
    latestSubmit.current = submit;
  });
  useEffect(() => {
    const take = (): void => {
      const request = takeLookupRequest();
      focusSearch();
      if (request?.kind !== 'scan') return;
      setText(request.text);
      proposeQuery(request.text);
      setNotice(null);
      void latestSubmit.current(request.text).catch(() => undefined);
    };
    take();
    return onLookupRequest(take);
  }, [focusSearch, proposeQuery]);

  const idle = isBlank(text) && Object.keys(filters).length === 0;
  return (
    <section className="screen lookup" aria-labelledby="screen-title">
      <div className="lookup__top">
        <ScreenHeading>{t('title')}</ScreenHeading>
        <FreshnessNote freshness={result?.freshness} />
      </div>
      <SearchField
        className="search"
        value={text}
        onChange={(next) => {
          setText(next);
          // The core starts on a text that searches at once while this key's render runs.
          if (proposeQuery(next)) void queryClient.prefetchQuery(deskQuery('lookup.search', { text: next, filters, limit: FIRST_LIMIT }));
          setNotice(null);
        }}
        onSubmit={(value) => void submit(value).catch(() => undefined)}
      >
        <Label className="search__label">{t('search.label')}</Label>
        <Input
          ref={searchRef}
          data-lookup-search
          className="search__input"
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && (result?.dossiers.length ?? 0) > 0) {
              event.preventDefault();
              listRef.current?.focus();
            }
          }}
        />
        <Text slot="description" className="search__hint">
          {t('search.hint')}
        </Text>
      </SearchField>
      <div className="lookup__narrow">
        <QuickChips value={filters} onChange={setFilters} />
        <SearchFilters value={filters} onChange={setFilters} />
        <p className="lookup__count" role="status" data-results-for={settled ? query : undefined}>
          {search.isFetching ? t('search.searching') : idle ? t('results.idle') : result ? resultCount(result, limit, t) : ''}
        </p>
      </div>
      {search.isError && <CallError error={search.error} onRetry={() => void search.refetch()} />}
      {result?.message && (
        <p role="alert" className="lookup__message" data-testid="lookup-message">
          {localized(result.message)}
        </p>
      )}
      {notice && (
        <p role="alert" className="lookup__message">
          {notice}
        </p>
      )}
      <AskPortal query={query} result={result} />
      {result?.citizen && (
        <p className="lookup__citizen">
          <a className="lookup__citizen-link" href={`#/citizen/${result.citizen.ref}`}>
            {t('search.openCitizen', { name: result.citizen.fullName })}
          </a>{' '}
          <span className="lookup__citizen-id">{result.citizen.idNumberMasked}</span>
        </p>
      )}
      {result && result.dossiers.length > 0 && (
        <DossierList
          ref={listRef}
          rows={ordered}
          resultsKey={listKey}
          label={t('results.label')}
          onOpen={openDossier}
          onEscape={focusSearch}
          onNearEnd={onNearEnd}
        />
      )}
    </section>
  );
}

/** Open dossiers before finished ones, each group in the order the core answered (a stable sort). */
const openFirst = (rows: readonly DossierRow[]): readonly DossierRow[] =>
  [...rows].sort((a, b) => Number(isOpenStatus(b.status)) - Number(isOpenStatus(a.status)));

type LookupT = ReturnType<typeof useTranslation<'lookup'>>['t'];

/** "12 dossiers", or when the answer filled the limit "the first 50 (more at the end of the list)". */
function resultCount(result: SearchResult, limit: number, t: LookupT): string {
  const count = result.dossiers.length;
  if (count === 0) return t('results.none');
  if (count < limit) return t('results.count', { count });
  return nextLimit(limit) === undefined ? t('results.firstCapped', { count }) : t('results.first', { count });
}

type Decision =
  | { kind: 'dossier'; code: string }
  | { kind: 'citizen'; ref: number }
  | { kind: 'list' }
  | { kind: 'notice'; key: 'search.notFoundCode' | 'search.notFoundCitizen' }
  | { kind: 'stay' };

/** What Enter does with a result: a code opens its dossier, an identified person opens their record. */
export function decide(result: SearchResult): Decision {
  if (result.exactDossier) return { kind: 'dossier', code: result.exactDossier };
  if (result.citizen && result.recognised !== 'name') return { kind: 'citizen', ref: result.citizen.ref };
  if (result.recognised === 'dossierCode') return { kind: 'notice', key: 'search.notFoundCode' };
  if (result.dossiers.length > 0) return { kind: 'list' };
  if (['idNumber', 'oldIdNumber', 'chipQr', 'passport', 'taxCode'].includes(result.recognised)) return { kind: 'notice', key: 'search.notFoundCitizen' };
  return { kind: 'stay' };
}
