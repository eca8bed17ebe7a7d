import { z } from 'zod';
import { npspExportSchema } from './npsp-item';

/** The file kept in the repo (api/npsp-dongbohosomc.schema.json) for provincial IT; a test keeps it equal to this. */
export const NPSP_SCHEMA_PATH = 'api/npsp-dongbohosomc.schema.json';
export const npspJsonSchema = (): unknown => ({ $id: 'onestop-desk/npsp-dongbohosomc', title: 'DongBoHoSoMC export (OneStop Desk)', ...z.toJSONSchema(npspExportSchema, { target: 'draft-2020-12' }) });
