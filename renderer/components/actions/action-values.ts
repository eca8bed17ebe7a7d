import type { CounterAction } from '../../../shared/contract';
import type { CounterActionKind } from '../../../shared/domain/dossier-status';
import { linkageStateSchema } from '../../../shared/domain/linkage';

export type VneidState = Extract<CounterAction, { kind: 'vneid_guidance' }>['state'];
export const VNEID_STATES: readonly VneidState[] = linkageStateSchema.options;

/** Everything any counter action form can hold, as the officer typed it. */
export interface ActionValues {
  note: string;
  reason: string;
  missingDocuments: string;
  toUnit: string;
  text: string;
  state: VneidState;
  slipPrinted: boolean;
}
export type ActionField = Exclude<keyof ActionValues, 'slipPrinted' | 'state'>;

export const emptyValues: ActionValues = { note: '', reason: '', missingDocuments: '', toUnit: '', text: '', state: 'no_account', slipPrinted: false };

/** The text fields each kind shows, required ones first. */
export const FIELDS: Readonly<Record<CounterActionKind, { required: readonly ActionField[]; optional: readonly ActionField[] }>> = {
  accept: { required: [], optional: ['note'] },
  refuse: { required: ['reason'], optional: [] },
  request_supplement: { required: ['missingDocuments'], optional: ['note'] },
  supplement_received: { required: [], optional: ['note'] },
  forward: { required: ['toUnit'], optional: ['note'] },
  return_result: { required: [], optional: ['note'] },
  withdraw: { required: ['reason'], optional: [] },
  note: { required: ['text'], optional: [] },
  vneid_guidance: { required: [], optional: [] },
};

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
const optional = (text: string): { note?: string } => (text.trim() ? { note: text.trim() } : {});

/** The contract's action from the form, or the required fields left empty. */
export function buildAction(kind: CounterActionKind, v: ActionValues): { action: CounterAction } | { missing: ActionField[] } {
  const missing = FIELDS[kind].required.filter((field) => (field === 'missingDocuments' ? lines(v[field]).length === 0 : v[field].trim() === ''));
  if (missing.length > 0) return { missing };
  switch (kind) {
    case 'accept':
    case 'supplement_received':
    case 'return_result':
      return { action: { kind, ...optional(v.note) } };
    case 'refuse':
    case 'withdraw':
      return { action: { kind, reason: v.reason.trim() } };
    case 'request_supplement':
      return { action: { kind, missingDocuments: lines(v.missingDocuments), ...optional(v.note) } };
    case 'forward':
      return { action: { kind, toUnit: v.toUnit.trim(), ...optional(v.note) } };
    case 'note':
      return { action: { kind, text: v.text.trim() } };
    case 'vneid_guidance':
      return { action: { kind, state: v.state, slipPrinted: v.slipPrinted } };
  }
}

/** Prefills the form from a queued payload (correcting a rejected action). */
export function valuesFromPayload(payload: Readonly<Record<string, unknown>>): ActionValues {
  const str = (key: string): string => (typeof payload[key] === 'string' ? (payload[key]) : '');
  const docs = payload.missingDocuments;
  const state = VNEID_STATES.find((s) => s === payload.state);
  return {
    note: str('note'),
    reason: str('reason'),
    missingDocuments: Array.isArray(docs) ? docs.filter((d): d is string => typeof d === 'string').join('\n') : '',
    toUnit: str('toUnit'),
    text: str('text'),
    state: state ?? 'no_account',
    slipPrinted: payload.slipPrinted === true,
  };
}

/** A validation issue key from the core ("action.missingDocuments.0") → the form field. */
export function fieldOfIssueKey(key: string): ActionField | null {
  const names: readonly ActionField[] = ['note', 'reason', 'missingDocuments', 'toUnit', 'text'];
  return names.find((name) => key.split('.').includes(name)) ?? null;
}
