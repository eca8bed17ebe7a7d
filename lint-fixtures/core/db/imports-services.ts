import { listRecent } from '../services/lookup/lookup-service';
export const list = listRecent;
