import { ALL_FIELDS, type ActionField } from '../../../../shared/domain/action-kinds';
import { parseOfficeDateInput } from '../../../../shared/domain/deadline-extension';
import { parseVndInput } from '../../../../shared/domain/money';
import type { FlagSpec } from '../args';

/** `desk action` flags, one per payload field of any kind (declared in shared/domain/action-kinds). */
export const ACTION_FIELD_FLAGS: FlagSpec = Object.fromEntries(
  [...ALL_FIELDS.values()].map((f) => [f.flag, f.type === 'flag' ? { type: 'boolean', default: false } : { type: 'string' }]),
);

const hint = (f: ActionField): string =>
  f.type === 'flag' ? `[--${f.flag}]` : f.type === 'lines' ? `[--${f.flag} "a;b"]` : f.type === 'date' ? `[--${f.flag} dd/MM/yyyy]` : f.type === 'money' ? `[--${f.flag} N]` : `[--${f.flag} T]`;

/** The officer types dates as on paper (dd/MM/yyyy); one that is no real day goes on as typed, for the schema to name. */
function fieldValue(f: ActionField, value: string): unknown {
  if (f.type === 'lines') return value.split(';').map((s) => s.trim()).filter(Boolean);
  if (f.type === 'date') return parseOfficeDateInput(value) ?? value;
  if (f.type === 'money') return parseVndInput(value) ?? value;
  return value;
}
export const ACTION_FIELD_USAGE = [...ALL_FIELDS.values()].map(hint).join(' ');

/**
 * The payload a command line asks for: every field flag given, by field name. A flag the
 * kind does not have stays in, so the contract's strict schema names it; a yes/no flag
 * (false unless given) is only added for kinds that have it.
 */
export function payloadFromFlags(kindFields: readonly string[], values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [name, f] of ALL_FIELDS) {
    const value = values[f.flag];
    if (f.type === 'flag') {
      if (kindFields.includes(name)) payload[name] = value === true;
    } else if (typeof value === 'string' && value !== '') {
      payload[name] = fieldValue(f, value);
    }
  }
  return payload;
}
