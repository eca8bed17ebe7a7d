import { DeskFailure } from '../../../../shared/contract';
import type { privacyCalls } from '../../../../shared/contract/privacy';
import type { RevealService } from '../../privacy/reveal';
import type { SubjectRequests } from '../../privacy/subject-request';
import type { FeatureHandlers } from './handler-types';

const officerOf = (session: { officerId: string } | null): string => {
  if (!session) throw new DeskFailure('UNAUTHENTICATED', 'Sign in first.');
  return session.officerId;
};

export function privacyHandlers(reveal: RevealService, subjects: SubjectRequests): FeatureHandlers<typeof privacyCalls> {
  return {
    'citizen.reveal': ({ ref, reason }, { session }) => reveal.reveal(officerOf(session), ref, reason),
    'subject.list': ({ identifier }, { session }) => subjects.list(identifier, officerOf(session)),
    'subject.erase': ({ identifier, reason }, { session }) => subjects.erase(identifier, reason, officerOf(session)),
  };
}
