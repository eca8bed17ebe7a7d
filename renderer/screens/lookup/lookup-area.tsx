import { useRoutePath, useRouteParams } from '../../app/router';
import { CitizenScreen } from '../citizen/citizen-screen';
import { DossierScreen } from '../dossier/dossier-screen';
import { LookupScreen } from './lookup-screen';

/** The lookup screen and the views it opens: "#/lookup", "#/dossier/<code>", "#/citizen/<ref>". */
export function LookupArea() {
  const path = useRoutePath();
  const [param] = useRouteParams();
  if (path === 'dossier' && param) return <DossierScreen key={param} code={param} />;
  const ref = Number(param);
  if (path === 'citizen' && Number.isInteger(ref) && ref > 0) return <CitizenScreen key={ref} citizenRef={ref} />;
  return <LookupScreen />;
}
