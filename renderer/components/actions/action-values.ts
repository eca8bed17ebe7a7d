import { ALL_FIELDS, fieldsOf, type ActionField, type CounterAction, type CounterActionKind } from '../../../shared/domain/action-kinds';
import { blankToNull, isBlank } from '../../../shared/domain/blank';
import { parseVndInput } from '../../../shared/domain/money';
import { formatNumberVi } from '../../../shared/domain/number-format';

/** Everything any counter action form can hold, as the officer typed it, by field name. */
export type ActionValues = Readonly<Record<string, string | boolean>>;

const emptyOf = (f: ActionField): string | boolean => (f.type === 'flag' ? false : f.type === 'choice' ? f.initial : '');

export const emptyValues: ActionValues = Object.fromEntries([...ALL_FIELDS].map(([name, f]) => [name, emptyOf(f)]));

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => !isBlank(line));
const textOf = (v: ActionValues, name: string): string => {
  const value = v[name];
  return typeof value === 'string' ? value : '';
};

/** False when the field is asked only for another field's value, and that field holds another. */
export const isAsked = (f: ActionField, v: ActionValues): boolean => f.type !== 'text' || !f.onlyWhen || v[f.onlyWhen.field] === f.onlyWhen.equals;

/** A field's value as the contract wants it, or undefined when the officer left it empty. */
function valueOf(name: string, f: ActionField, v: ActionValues): unknown {
  switch (f.type) {
    case 'money':
      return isBlank(textOf(v, name)) ? undefined : (parseVndInput(textOf(v, name)) ?? Number.NaN);
    case 'flag':
      return v[name] === true;
    case 'choice':
      return f.options.find((o) => o === v[name]) ?? f.initial;
    case 'lines': {
      const items = lines(textOf(v, name));
      return items.length > 0 ? items : undefined;
    }
    case 'text':
    case 'date':
      return blankToNull(textOf(v, name)) ?? undefined;
  }
}

/**
 * The contract's action from the form, or the required fields left empty. Lengths are
 * checked by the core, which names the field over its limit.
 */
export function buildAction(kind: CounterActionKind, v: ActionValues): { action: CounterAction } | { missing: string[]; invalid: string[] } {
  const action: Record<string, unknown> = { kind };
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const [name, f] of fieldsOf(kind)) {
    if (!isAsked(f, v)) continue;
    const value = valueOf(name, f, v);
    if (Number.isNaN(value)) invalid.push(name);
    else if (value !== undefined) action[name] = value;
    else if (f.required) missing.push(name);
  }
  if (missing.length > 0 || invalid.length > 0) return { missing, invalid };
  return { action: action as CounterAction };
}

/** Prefills the form from a queued payload (correcting a rejected action). */
export function valuesFromPayload(payload: Readonly<Record<string, unknown>>): ActionValues {
  const fromPayload = ([name, f]: readonly [string, ActionField]): string | boolean => {
    const value = payload[name];
    switch (f.type) {
      case 'flag':
        return value === true;
      case 'choice':
        return f.options.find((o) => o === value) ?? f.initial;
      case 'lines':
        return Array.isArray(value) ? value.filter((d): d is string => typeof d === 'string').join('\n') : '';
      case 'text':
      case 'date':
        return typeof value === 'string' ? value : '';
      case 'money':
        return typeof value === 'number' ? formatNumberVi(value) : '';
    }
  };
  return Object.fromEntries([...ALL_FIELDS].map((entry) => [entry[0], fromPayload(entry)]));
}

/** A validation issue key from the core ("action.missingDocuments.0") → the form field. */
export function fieldOfIssueKey(key: string): string | null {
  const parts = key.split('.');
  return [...ALL_FIELDS.keys()].find((name) => parts.includes(name)) ?? null;
}
