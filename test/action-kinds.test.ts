import { describe, expect, it } from 'vitest';
import { payloadFromFlags, ACTION_FIELD_FLAGS } from '../electron/core/cli/verbs/action-flags';
import { opencpsActionWire } from '../electron/core/portal/opencps/action-table';
import { toActionInput } from '../electron/core/sync/portal-action-sender';
import { SIM_ACTION_CODES, SIM_ACTION_NAMES } from '../portal-sim/opencps/site';
import {
  ACTION_KIND_NAMES,
  COUNTER_KIND_DECLARATIONS,
  counterActionSchema,
  fieldsOf,
  logBookFactsOf,
  portalFieldsOf,
  wireCodes,
  type ActionField,
  type CounterAction,
} from '../shared/domain/action-kinds';
import { DOSSIER_STATUSES, nextStatus } from '../shared/domain/dossier-status';
import { counterActionWireCodeSchema } from '../shared/portal/action-wire';
import { ACTION_FROM_WIRE, ACTION_TO_WIRE } from '../shared/portal/codes';

/** A plausible value for each field type, as the contract holds it. */
const sample = (f: ActionField): unknown => {
  switch (f.type) {
    case 'text':
      return 'Bản sao giấy khai sinh';
    case 'lines':
      return ['Bản sao CCCD có chứng thực', 'Tờ khai đã ký'];
    case 'choice':
      return f.options[f.options.length - 1];
    case 'flag':
      return true;
    case 'date':
      return '2026-12-15';
    case 'money':
      return 1_250_000;
  }
};
/** As an officer types it on the command line: lists with ';', dates as on paper, amounts with thousands dots. */
const flagValue = (f: ActionField, v: unknown): string | boolean =>
  f.type === 'lines'
    ? (v as string[]).join(';')
    : f.type === 'date'
      ? (v as string).split('-').reverse().join('/')
      : f.type === 'money'
        ? (v as number).toLocaleString('vi-VN')
        : (v as string | boolean);

describe.each(COUNTER_KIND_DECLARATIONS.map((d) => [d.kind, d] as const))('the %s kind, declared once', (kind, declaration) => {
  const fields = fieldsOf(kind);
  const payload: Record<string, unknown> = { kind, ...Object.fromEntries(fields.map(([name, f]) => [name, sample(f)])) };

  it('has a contract schema: a full payload passes, an unknown field and a missing required one do not', () => {
    expect(counterActionSchema.parse(payload)).toEqual(payload);
    expect(counterActionSchema.safeParse({ ...payload, extra: 'x' }).success).toBe(false);
    for (const [name, f] of fields) {
      if (!f.required) continue;
      const { [name]: _dropped, ...rest } = payload;
      expect(counterActionSchema.safeParse(rest).success).toBe(false);
    }
  });

  it('has a name and field labels in Vietnamese and English', () => {
    expect(ACTION_KIND_NAMES[kind].vi).not.toBe('');
    expect(ACTION_KIND_NAMES[kind].en).not.toBe('');
    for (const [, f] of fields) {
      expect(f.label.vi).not.toBe('');
      expect(f.label.en).not.toBe('');
      if (f.type === 'choice') for (const o of f.options) expect(f.optionLabels[o]?.vi).toBeTruthy();
    }
  });

  it('has a row in the transition table', () => {
    for (const status of DOSSIER_STATUSES) {
      const outcome = nextStatus(status, kind);
      if (declaration.transition === 'none') expect(outcome).toEqual({ ok: true, status });
      else if (declaration.transition.from.includes(status)) {
        const to = declaration.transition.to;
        expect(outcome).toEqual({ ok: true, status: to === 'unchanged' ? status : to });
      }
      else expect(outcome.ok).toBe(false);
    }
  });

  it('has a portal code both ways, and a portal request', () => {
    const code = ACTION_TO_WIRE[kind];
    expect(code).toBe(declaration.wire.national);
    expect(ACTION_FROM_WIRE[code]).toBe(kind);
    expect(counterActionWireCodeSchema.parse(code)).toBe(code);
    const input = toActionInput({ dossierCode: 'H15.50-261201-0001', idemKey: 'k-1' } as Parameters<typeof toActionInput>[0], payload as CounterAction, 3);
    expect(input).toMatchObject({ dossierCode: 'H15.50-261201-0001', kind, expectedVersion: 3, idempotencyKey: 'k-1' });
    const filled = [input.note, input.reason, input.forwardTo, input.newDueDate].filter((x) => typeof x === 'string' && x !== '');
    if (fields.length > 0) expect(filled.length).toBeGreaterThan(0);
  });

  it('goes on an OpenCPS wire, where the simulated site has a step for it', () => {
    const wire = opencpsActionWire(portalFieldsOf(payload as CounterAction));
    if (fields.length > 0) expect(wire.note !== null || Object.keys(wire.payload).length > 0).toBe(true);
    expect(SIM_ACTION_CODES[kind].length).toBeGreaterThan(0);
    expect(SIM_ACTION_NAMES[kind]).not.toBe('');
  });

  it('has an OpenCPS request derived from its portal fields, nothing the officer typed left behind', () => {
    const input = toActionInput({ dossierCode: 'H15.50-261201-0001', idemKey: 'k-1' } as Parameters<typeof toActionInput>[0], payload as CounterAction, 3);
    const wire = opencpsActionWire(input);
    for (const value of [input.note, input.reason, input.forwardTo]) {
      if (typeof value === 'string' && value !== '') expect(wire.note, `${kind}: "${value}" missing from the OpenCPS actionNote`).toContain(value);
    }
    if (input.reason) expect(wire.payload['lyDo'], `${kind}: reason missing from the OpenCPS payload`).toBe(input.reason);
    if (input.forwardTo) expect(wire.payload['donViNhan'], `${kind}: receiving unit missing from the OpenCPS payload`).toBe(input.forwardTo);
  });

  it('has CLI flags that build this payload', () => {
    const values = Object.fromEntries(fields.map(([name, f]) => [f.flag, flagValue(f, payload[name])]));
    for (const [, f] of fields) expect(ACTION_FIELD_FLAGS[f.flag]).toBeDefined();
    const built = { kind, ...payloadFromFlags(fields.map(([name]) => name), values) };
    expect(counterActionSchema.parse(built)).toEqual(payload);
  });

  it('has a log book line', () => {
    const facts = logBookFactsOf(kind, payload);
    expect(facts).toEqual(declaration.logBook(payload as never));
    expect(logBookFactsOf(kind, { kind, unexpected: 1 })).toEqual({ note: null, forwardedTo: null });
  });
});

describe('the kind list', () => {
  it('has one name, one label and one portal code per kind', () => {
    const kinds = COUNTER_KIND_DECLARATIONS.map((d) => d.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const codes = wireCodes('national').codes;
    expect(new Set(codes).size).toBe(codes.length);
    const siteCodes = Object.values(SIM_ACTION_CODES).flat();
    expect(new Set(siteCodes).size).toBe(siteCodes.length);
    const labels = Object.values(ACTION_KIND_NAMES).map((l) => l.vi);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('gives a field name one type and one flag in every kind that uses it', () => {
    const seen = new Map<string, ActionField>();
    for (const d of COUNTER_KIND_DECLARATIONS) {
      for (const [name, f] of fieldsOf(d.kind)) {
        const first = seen.get(name);
        if (first) expect([f.type, f.flag]).toEqual([first.type, first.flag]);
        else seen.set(name, f);
      }
    }
    const flags = [...seen.values()].map((f) => f.flag);
    expect(new Set(flags).size).toBe(flags.length);
  });
});
