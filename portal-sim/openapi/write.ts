import { writeFileSync } from 'node:fs';
import { OPENAPI_PATH, renderOpenApiYaml } from './render';

writeFileSync(OPENAPI_PATH, renderOpenApiYaml());
console.log(`wrote ${OPENAPI_PATH}`);
