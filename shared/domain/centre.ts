/**
 * The counter unit as Decree 118/2025/ND-CP names it: a provincial or a commune Public
 * Administrative Service Centre ("Bộ phận Một cửa" is only the umbrella term). IT sets the
 * centre's name and level in the machine config; the header and the slips show it.
 */
import { z } from 'zod';
import type { LocalizedText } from '../validation';

export const centreLevelSchema = z.enum(['provincial', 'commune']);
export type CentreLevel = z.infer<typeof centreLevelSchema>;

export const centreSchema = z.object({ level: centreLevelSchema, name: z.string().min(1) });
export type Centre = z.infer<typeof centreSchema>;

export const CENTRE_LEVEL_NAMES: Readonly<Record<CentreLevel, LocalizedText>> = {
  provincial: { vi: 'Trung tâm Phục vụ hành chính công cấp tỉnh', en: 'Provincial Public Administrative Service Centre' },
  commune: { vi: 'Trung tâm Phục vụ hành chính công cấp xã', en: 'Commune Public Administrative Service Centre' },
};

/** The training PC's centre (synthetic data only). */
export const TRAINING_CENTRE_NAME = 'Trung tâm Phục vụ hành chính công phường Ba Đình';
