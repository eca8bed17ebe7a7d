import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FetchMiss, SearchResult } from '../../../shared/contract/lookup';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { applicantIdOf, recogniseQuery } from '../../../shared/domain/query-recognise';
import { useLocalized } from '../../components/lookup/use-localized';
import { useDeskMutation } from '../../desk/hooks';

/**
 * A code or identifier the cache does not have: the result is this text's (not an earlier
 * one's, still on screen) and nothing dossier- or person-like was found for it. What can be
 * asked is the core's rule: a dossier code or an applicant identifier.
 */
function isMiss(text: string, result: SearchResult): boolean {
  if (result.exactDossier || result.citizen || result.dossiers.length > 0) return false;
  const query = recogniseQuery(text);
  return query.kind === result.recognised && (query.kind === 'dossierCode' || applicantIdOf(query) !== null);
}

/**
 * On a miss the desk asks the portal at once (a dossier received at another counter minutes
 * ago); what came back stays marked "fetched now" while the same text is searched.
 */
export function AskPortal({ query, result }: { readonly query: string; readonly result: SearchResult | undefined }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const ask = useDeskMutation('lookup.fetch');
  const [answer, setAnswer] = useState<{ text: string; value: FetchMiss } | null>(null);
  const miss = result ? isMiss(query, result) : false;
  const asked = answer?.text === query;
  const { mutate } = ask;
  useEffect(() => {
    if (miss && !asked) mutate({ text: query }, { onSuccess: (value) => setAnswer({ text: query, value }) });
  }, [miss, asked, query, mutate]);
  if (!asked && !(miss && ask.isPending)) return null;
  return (
    <p role="status" className="lookup__fetched" data-testid="ask-portal" data-outcome={asked ? answer.value.outcome : 'asking'}>
      {!asked
        ? t('search.askingPortal')
        : answer.value.outcome === 'fetched' && answer.value.fetchedAt
          ? t('search.fetchedNow', { time: formatDisplayDateTime(answer.value.fetchedAt) })
          : localized(answer.value.message)}
    </p>
  );
}
