import { stringify } from 'yaml';
import { buildOpenApiDocument } from '../../shared/portal/openapi';

export const OPENAPI_PATH = 'api/portal.openapi.yaml';

const HEADER = `# GENERATED from shared/portal (wire zod schemas + operations.ts) by
#   npm run openapi
# Do not edit by hand: change the schemas, regenerate; a test fails when this file is stale.
`;

/** The OpenAPI document as committed YAML text. */
export const renderOpenApiYaml = (): string => HEADER + stringify(buildOpenApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false });
