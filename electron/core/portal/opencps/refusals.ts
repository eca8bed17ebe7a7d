import { ACTION_KIND_NAMES, type CounterActionKind } from '../../../../shared/domain/action-kinds';
import type { LocalizedText } from '../../../../shared/validation';

/** Why an OpenCPS site cannot take a counter action, in the officer's words (never a code). */
export const notConfigured = (): LocalizedText => ({
  vi: 'Thao tác này chưa được cấu hình cho hệ thống một cửa của đơn vị (portal.opencps.actionCodes). Báo bộ phận CNTT.',
  en: "This action is not configured for the office's one-stop system (portal.opencps.actionCodes). Tell IT.",
});

/** The dossier's workflow (nextactions) does not offer the action at the step it is at. */
export function notOffered(kind: CounterActionKind, step: string | null | undefined): LocalizedText {
  const name = ACTION_KIND_NAMES[kind];
  const at = step ? { vi: ` (${step})`, en: ` (${step})` } : { vi: '', en: '' };
  return {
    vi: `Quy trình của hồ sơ trên hệ thống một cửa không cho phép "${name.vi}" ở bước hiện tại${at.vi}.`,
    en: `The dossier's workflow on the one-stop system does not offer "${name.en}" at its current step${at.en}.`,
  };
}
