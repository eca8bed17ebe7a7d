import { COUNTER_ACTION_KINDS, fieldsOf } from '../../../shared/domain/action-kinds';
import { formatVnd } from '../../../shared/domain/money';
import type { ActionsT } from '../../i18n/actions-t';

/** A queued payload as label/value pairs from the kind's declaration: never raw field names. */
export function payloadFacts(kind: string, payload: Readonly<Record<string, unknown>>, t: ActionsT, language: 'vi' | 'en'): { label: string; value: string }[] {
  const counter = COUNTER_ACTION_KINDS.find((k) => k === kind);
  if (!counter) return [];
  return fieldsOf(counter)
    .filter(([name]) => payload[name] !== undefined)
    .map(([name, field]) => {
      const raw = payload[name];
      const value =
        field.type === 'flag'
          ? t(raw === true ? 'queue.yes' : 'queue.no')
          : field.type === 'money' && typeof raw === 'number'
            ? formatVnd(raw)
          : field.type === 'choice'
            ? (Object.entries(field.optionLabels).find(([option]) => option === raw)?.[1][language] ?? String(raw))
            : Array.isArray(raw)
              ? raw.map(String).join('; ')
              : String(raw);
      return { label: field.label[language], value };
    });
}
