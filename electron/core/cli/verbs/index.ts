import type { Verb } from '../verb';
import { auditVerifyVerb } from './audit-verify';
import { configCheckVerb } from './config-check';
import { exportLogVerb } from './export-log';
import { exportNpspVerb } from './export-npsp';
import { infoVerb } from './info';
import { intakeVerb } from './intake-verb';
import { citizenVerb } from './citizen-verb';
import { dossierVerb, searchVerb } from './lookup-verbs';
import { actionVerb, queueVerb, syncVerb } from './outbox-verbs';
import { subjectEraseVerb, subjectListVerb } from './subject-verbs';

/** Every CLI verb. A feature adds its verb file and one line here. */
export const verbs: readonly Verb[] = [
  infoVerb, configCheckVerb, searchVerb, dossierVerb, citizenVerb, syncVerb, queueVerb, actionVerb, auditVerifyVerb, exportLogVerb, exportNpspVerb,
  subjectListVerb, subjectEraseVerb, intakeVerb,
];
