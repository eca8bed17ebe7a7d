// The onestop dialect (api/portal.openapi.yaml) is the original client; this folder names it.
export { createHttpPortalClient as createOnestopPortalClient, type HttpPortalClientOptions as OnestopClientOptions } from '../http-client';
