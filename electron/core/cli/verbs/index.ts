import type { Verb } from '../verb';
import { auditVerifyVerb } from './audit-verify';
import { configCheckVerb } from './config-check';
import { infoVerb } from './info';

/** Every CLI verb. A feature adds its verb file and one line here. */
export const verbs: readonly Verb[] = [infoVerb, configCheckVerb, auditVerifyVerb];
