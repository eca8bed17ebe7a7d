import { z } from 'zod';
import type { LocalizedText } from '../../validation';
import { IMPOSSIBLE_DATE } from '../deadline-extension';
import { isoDateFromParts, isoDateParts } from '../iso-date';
import { requiredText } from '../blank';
import { MAX_VND } from '../money';

/**
 * The building blocks of a counter action's payload. Each field carries its zod schema
 * (the contract), its label (the form), its CLI flag (`desk action`) and the widget
 * the form shows, so a kind declares a field once and every consumer reads it.
 */
interface FieldBase<S extends z.ZodType> {
  readonly schema: S;
  readonly label: LocalizedText;
  /** `desk action <kind> --<flag> …` */
  readonly flag: string;
  readonly required: boolean;
}

/** Free text; `multiline` picks a text area over a one-line input. */
export interface TextField<S extends z.ZodType = z.ZodType> extends FieldBase<S> {
  readonly type: 'text';
  readonly multiline: boolean;
  /** Asked only when another field of the kind holds this value (the form hides it otherwise). */
  readonly onlyWhen?: ShownWhen;
}
/** Another field's value that makes a field relevant. */
export interface ShownWhen {
  readonly field: string;
  readonly equals: string;
}
/** A whole, non-negative amount in đồng, typed with or without thousands dots. */
export interface MoneyField<S extends z.ZodType = z.ZodType> extends FieldBase<S> {
  readonly type: 'money';
}
/** A list typed one item per line in the form and `a;b` on the command line. */
export interface LinesField<S extends z.ZodType = z.ZodType> extends FieldBase<S> {
  readonly type: 'lines';
}
/** One of a fixed set, shown as radio buttons. */
export interface ChoiceField<S extends z.ZodType = z.ZodType, O extends string = string> extends FieldBase<S> {
  readonly type: 'choice';
  readonly options: readonly O[];
  readonly optionLabels: Readonly<Record<O, LocalizedText>>;
  /** What the form preselects. */
  readonly initial: O;
}
/** Yes/no, shown as a checkbox; false unless ticked. */
export interface FlagField<S extends z.ZodType = z.ZodType> extends FieldBase<S> {
  readonly type: 'flag';
}
/** An office-calendar date `yyyy-MM-dd` (a new due date, for instance). */
export interface DateField<S extends z.ZodType = z.ZodType> extends FieldBase<S> {
  readonly type: 'date';
}

export type ActionField = TextField | LinesField | ChoiceField | FlagField | DateField | MoneyField;
export type FieldType = ActionField['type'];

const text = requiredText;
const isoDate = z.string().refine((s) => {
  const parts = isoDateParts(s);
  return parts !== null && isoDateFromParts(parts) === s;
}, { params: { localized: IMPOSSIBLE_DATE } });

interface Common {
  readonly label: LocalizedText;
  readonly flag: string;
}

export const field = {
  text: (o: Common & { readonly max: number; readonly multiline?: boolean }) =>
    ({ type: 'text', required: true, multiline: o.multiline ?? true, label: o.label, flag: o.flag, schema: text(o.max) }) satisfies TextField,
  optionalText: (o: Common & { readonly max: number; readonly multiline?: boolean; readonly onlyWhen?: ShownWhen }) =>
    ({
      type: 'text', required: false, multiline: o.multiline ?? true, label: o.label, flag: o.flag, schema: text(o.max).optional(),
      ...(o.onlyWhen ? { onlyWhen: o.onlyWhen } : {}),
    }) satisfies TextField,
  money: (o: Common) => ({ type: 'money', required: true, label: o.label, flag: o.flag, schema: z.int().min(0).max(MAX_VND) }) satisfies MoneyField,
  lines: (o: Common & { readonly maxLength: number; readonly maxItems: number }) =>
    ({ type: 'lines', required: true, label: o.label, flag: o.flag, schema: z.array(text(o.maxLength)).min(1).max(o.maxItems) }) satisfies LinesField,
  choice: <const O extends readonly [string, ...string[]]>(
    o: Common & { readonly options: O; readonly optionLabels: Readonly<Record<O[number], LocalizedText>>; readonly initial: O[number] },
  ) => ({
    type: 'choice' as const,
    required: true,
    label: o.label,
    flag: o.flag,
    options: o.options,
    optionLabels: o.optionLabels,
    initial: o.initial,
    schema: z.enum(o.options),
  }),
  flag: (o: Common) => ({ type: 'flag', required: true, label: o.label, flag: o.flag, schema: z.boolean() }) satisfies FlagField,
  date: (o: Common) => ({ type: 'date', required: true, label: o.label, flag: o.flag, schema: isoDate }) satisfies DateField,
  optionalDate: (o: Common) => ({ type: 'date', required: false, label: o.label, flag: o.flag, schema: isoDate.optional() }) satisfies DateField,
};
